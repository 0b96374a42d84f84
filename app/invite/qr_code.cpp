// QR code from libqrencode, drawn as ImGui quads.
#include "invite/qr_code.h"

#include <imgui.h>
#include <qrencode.h>

#include <cmath>

bool MakeQrCode(const std::string& text, QrCode* out)
{
    *out = QrCode();
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return false;
    out->Size = code->width;
    out->Dark.resize((size_t)code->width * (size_t)code->width);
    for (size_t i = 0; i < out->Dark.size(); i++)
        out->Dark[i] = (uint8_t)(code->data[i] & 1); // bit 0: dark module; the other bits say why
    out->Text = text;
    QRcode_free(code);
    return true;
}

void DrawQrCode(ImDrawList* draw, const QrCode& qr, const ImVec2& min_screen, float side)
{
    if (qr.Size <= 0)
        return;
    const int total = QrTotalModules(qr);
    // Whole pixels per module when the square is large enough: no blurred module edges.
    float module = side / (float)total;
    if (module >= 2.0f)
        module = std::floor(module);
    const float used = module * (float)total;
    const ImVec2 origin(std::floor(min_screen.x + (side - used) * 0.5f), std::floor(min_screen.y + (side - used) * 0.5f));
    draw->AddRectFilled(origin, ImVec2(origin.x + used, origin.y + used), IM_COL32(255, 255, 255, 255));
    const ImU32 dark = IM_COL32(0, 0, 0, 255);
    for (int y = 0; y < qr.Size; y++)
    {
        // One quad per run of dark modules in a row: fewer vertices, no seams between them.
        for (int x = 0; x < qr.Size;)
        {
            if (!qr.Dark[(size_t)y * (size_t)qr.Size + (size_t)x])
            {
                x++;
                continue;
            }
            int end = x;
            while (end < qr.Size && qr.Dark[(size_t)y * (size_t)qr.Size + (size_t)end])
                end++;
            const float x0 = origin.x + (float)(x + QrQuietZoneModules) * module;
            const float y0 = origin.y + (float)(y + QrQuietZoneModules) * module;
            draw->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + (float)(end - x) * module, y0 + module), dark);
            x = end;
        }
    }
}
