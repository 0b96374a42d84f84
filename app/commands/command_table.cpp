#include "commands/command_table.h"

#include "input/keys.h"
#include "text/i18n.h"

#include <algorithm>
#include <cctype>

Command& CommandTable::Add(const char* id, const char* label_key, void (*run)(AppState&))
{
    Command c;
    c.Id = id;
    c.LabelKey = label_key;
    c.Run = run;
    Rows.push_back(c);
    return Rows.back();
}

CommandTable BuildCommandTable()
{
    CommandTable table;
    // The order here is the order in the menus and, within a group, in the F1 overlay.
    AddFileCommands(table);
    AddEditCommands(table);
    AddMethodCommands(table);
    AddViewCommands(table);
    AddPresentCommands(table);
    AddLanguageCommands(table);
    AddFacilitateCommands(table); // after Language: the window tests find the older menus where they were
    AddInviteCommands(table);
    AddSelectionCommands(table);
    return table;
}

const CommandTable& AppCommands()
{
    static const CommandTable table = BuildCommandTable();
    return table;
}

const Command* FindCommand(const CommandTable& table, const std::string& id)
{
    for (const Command& c : table.Rows)
        if (id == c.Id)
            return &c;
    return nullptr;
}

bool CommandEnabled(const Command& command, const AppState& app)
{
    return command.Run && (!command.Enabled || command.Enabled(app));
}

bool RunCommand(const Command& command, AppState& app)
{
    if (!CommandEnabled(command, app))
        return false;
    command.Run(app);
    return true;
}

bool RunCommand(AppState& app, const std::string& id)
{
    const Command* c = FindCommand(AppCommands(), id);
    return c && RunCommand(*c, app);
}

static std::string KeyName(int key)
{
    if ((key >= Key_A && key <= Key_Z) || (key >= Key_0 && key <= Key_1 + 8))
        return std::string(1, (char)key);
    if (key >= Key_F1 && key <= Key_F1 + 11)
        return "F" + std::to_string(key - Key_F1 + 1);
    switch (key)
    {
    case Key_Delete: return "Delete";
    case Key_Backspace: return "Backspace";
    case Key_Escape: return "Escape";
    case Key_Enter: return "Enter";
    case Key_Space: return Tr("key.space");
    default: return "?";
    }
}

std::string ShortcutText(const KeyChord& keys)
{
    if (!keys.IsSet())
        return std::string();
    return std::string(keys.Ctrl ? "Ctrl+" : "") + (keys.Shift ? "Shift+" : "") + KeyName(keys.Key);
}

std::string ShortcutText(const Command& command)
{
    std::string text = ShortcutText(command.Keys);
    if (command.AltKeys.IsSet())
        text += ", " + ShortcutText(command.AltKeys);
    return text;
}

std::vector<const char*> MenuKeys(const CommandTable& table)
{
    std::vector<const char*> menus;
    for (const Command& c : table.Rows)
        if (c.MenuKey && std::none_of(menus.begin(), menus.end(), [&](const char* m) { return std::string(m) == c.MenuKey; }))
            menus.push_back(c.MenuKey);
    return menus;
}

// [SECTION] the palette's search

static std::string Lower(const std::string& s)
{
    std::string out = s;
    for (char& ch : out)
        ch = (char)std::tolower((unsigned char)ch);
    return out;
}

static std::vector<std::string> Words(const std::string& s)
{
    std::vector<std::string> words;
    std::string word;
    for (char ch : s)
    {
        if (ch == ' ')
        {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        }
        else
            word += ch;
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

// 3: every word starts a word of the label; 2: every word is in the label; 1: the query's letters
// appear in this order; 0: no match.
static int MatchScore(const std::string& label, const std::vector<std::string>& words, const std::string& letters)
{
    int score = 3;
    for (const std::string& w : words)
    {
        const size_t at = label.find(w);
        if (at == std::string::npos)
        {
            score = 0;
            break;
        }
        bool starts_word = false;
        for (size_t p = at; p != std::string::npos && !starts_word; p = label.find(w, p + 1))
            starts_word = p == 0 || !std::isalnum((unsigned char)label[p - 1]);
        if (!starts_word)
            score = 2;
    }
    if (score > 0)
        return score;
    size_t i = 0;
    for (char ch : label)
        if (i < letters.size() && ch == letters[i])
            i++;
    return !letters.empty() && i == letters.size() ? 1 : 0;
}

std::vector<const Command*> MatchCommands(const CommandTable& table, const std::string& query)
{
    const std::string q = Lower(query);
    const std::vector<std::string> words = Words(q);
    std::string letters;
    for (char ch : q)
        if (ch != ' ')
            letters += ch;
    std::vector<std::pair<int, const Command*>> found;
    for (const Command& c : table.Rows)
    {
        if (!c.Run)
            continue;
        if (words.empty())
        {
            found.push_back({0, &c});
            continue;
        }
        const int score = std::max(MatchScore(Lower(TrIn(Language::English, c.LabelKey)), words, letters),
                                   MatchScore(Lower(TrIn(Language::Dutch, c.LabelKey)), words, letters));
        if (score > 0)
            found.push_back({score, &c});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<const Command*> out;
    for (const auto& f : found)
        out.push_back(f.second);
    return out;
}
