#include "export/pdf_text.h"

#include <pango/pangocairo.h>

namespace
{
PangoLayout* MakeLayout(cairo_t* cr, const std::string& text, const PdfFont& font, double width_pt)
{
    PangoLayout* layout = pango_cairo_create_layout(cr);
    PangoFontDescription* desc = pango_font_description_new();
    pango_font_description_set_family(desc, font.Family);
    pango_font_description_set_absolute_size(desc, font.Size * PANGO_SCALE);
    pango_font_description_set_weight(desc, font.Bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(desc, font.Italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, desc);
    pango_font_description_free(desc);
    if (width_pt > 0.0)
    {
        pango_layout_set_width(layout, (int)(width_pt * PANGO_SCALE));
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR); // long words (hartfalenverpleegkundige) break too
        pango_layout_set_alignment(layout, font.AlignRight ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
    // Plain text, never markup: the map's text is the users' own.
    pango_layout_set_text(layout, text.c_str(), (int)text.size());
    return layout;
}
} // namespace

double MeasureText(cairo_t* cr, const std::string& text, const PdfFont& font, double width_pt)
{
    if (text.empty())
        return 0.0;
    PangoLayout* layout = MakeLayout(cr, text, font, width_pt);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    g_object_unref(layout);
    return (double)h / PANGO_SCALE;
}

double DrawText(cairo_t* cr, const std::string& text, const PdfFont& font, double x_pt, double y_pt, double width_pt, unsigned rgb)
{
    if (text.empty())
        return 0.0;
    PangoLayout* layout = MakeLayout(cr, text, font, width_pt);
    cairo_save(cr);
    cairo_set_source_rgb(cr, ((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
    cairo_move_to(cr, x_pt, y_pt);
    pango_cairo_show_layout(cr, layout);
    cairo_restore(cr);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    g_object_unref(layout);
    return (double)h / PANGO_SCALE;
}

void PdfFlow::Start()
{
    Y = Margin;
    Page = 1;
}

void PdfFlow::DrawFooter()
{
    PdfFont small;
    small.Size = 8.0;
    const std::string text = Footer + (Footer.empty() ? "" : "  \xC2\xB7  ") + std::to_string(Page);
    DrawText(Cr, text, small, Left(), PageHeight - Margin * 0.6, Width(), 0x777777);
}

void PdfFlow::NewPage()
{
    DrawFooter();
    cairo_show_page(Cr);
    Page++;
    Y = Margin;
}

bool PdfFlow::EnsureSpace(double height_pt)
{
    if (Y + height_pt <= Bottom() || Y <= Margin + 0.5)
        return false; // fits, or the page is empty (an oversized block starts here anyway)
    NewPage();
    return true;
}

void PdfFlow::Paragraph(const std::string& text, const PdfFont& font, double after_pt, unsigned rgb)
{
    if (text.empty())
        return;
    EnsureSpace(MeasureText(Cr, text, font, Width()));
    Y += DrawText(Cr, text, font, Left(), Y, Width(), rgb) + after_pt;
}
