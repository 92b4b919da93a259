#include "TaggedPdfWriter.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <QFontInfo>
#include <QHash>
#include <QImage>
#include <QLinearGradient>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextItem>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace rk {

namespace {
// A4 in points, as cairo measures its pages.
constexpr double kPageWidth = 595.2756;
constexpr double kPageHeight = 841.8898;

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length)
{
    static_cast<QByteArray *>(closure)->append(reinterpret_cast<const char *>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

cairo_matrix_t toCairo(const QTransform &t)
{
    cairo_matrix_t m;
    cairo_matrix_init(&m, t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy());
    return m;
}
} // namespace

// What cairo and Pango do, on a thread of their own: the painting of the next parts (Qt's
// layout, the charts) goes on meanwhile on the caller's thread, so a long report uses two
// cores. Commands run in the order they were given; `flush()` waits until all have run, after
// which the caller may use the surface itself.
class CairoCanvas
{
public:
    CairoCanvas(QByteArray *output, int resolution)
    {
        m_surface = cairo_pdf_surface_create_for_stream(appendTo, output, kPageWidth, kPageHeight);
        m_cr = cairo_create(m_surface);
        cairo_matrix_init_scale(&m_base, 72.0 / resolution, 72.0 / resolution);
        m_thread = std::thread([this] { work(); });
    }

    ~CairoCanvas()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_one();
        m_thread.join();
        cairo_destroy(m_cr);
        cairo_surface_destroy(m_surface);
    }

    Q_DISABLE_COPY_MOVE(CairoCanvas)

    void post(std::function<void()> command)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_room.wait(lock, [this] { return m_commands.size() < kCapacity; });
        m_commands.push_back(std::move(command));
        if (m_commands.size() == 1)
            m_wake.notify_one();
    }

    void flush()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_idle.wait(lock, [this] { return m_commands.empty() && !m_busy; });
    }

    cairo_t *context() const { return m_cr; }
    cairo_surface_t *surface() const { return m_surface; }

    // The commands, run on the canvas's thread.
    void fillPath(const QPainterPath &path, const QBrush &brush, const QTransform &transform, qreal opacity)
    {
        cairo_new_path(m_cr);
        useMatrix(transform);
        addPath(path);
        cairo_set_fill_rule(m_cr,
                            path.fillRule() == Qt::OddEvenFill ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
        useBrush(brush, path.boundingRect(), opacity);
        cairo_fill(m_cr);
    }

    void strokePath(const QPainterPath &path, const QPen &pen, const QTransform &transform, qreal opacity)
    {
        cairo_new_path(m_cr);
        qreal width = pen.widthF();
        if (pen.isCosmetic()) {
            // A cosmetic pen keeps its width whatever the transform: drawn in device units.
            useMatrix(QTransform());
            addPath(transform.map(path));
            if (width <= 0)
                width = 1;
        } else {
            useMatrix(transform);
            addPath(path);
        }
        cairo_set_line_width(m_cr, width);
        switch (pen.capStyle()) {
        case Qt::SquareCap:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_SQUARE);
            break;
        case Qt::RoundCap:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_ROUND);
            break;
        default:
            cairo_set_line_cap(m_cr, CAIRO_LINE_CAP_BUTT);
        }
        switch (pen.joinStyle()) {
        case Qt::RoundJoin:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_ROUND);
            break;
        case Qt::BevelJoin:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_BEVEL);
            break;
        default:
            cairo_set_line_join(m_cr, CAIRO_LINE_JOIN_MITER);
            cairo_set_miter_limit(m_cr, pen.miterLimit());
        }
        if (pen.style() != Qt::SolidLine) {
            std::vector<double> dashes;
            for (qreal d : pen.dashPattern())
                dashes.push_back(d * (width > 0 ? width : 1));
            cairo_set_dash(m_cr, dashes.data(), int(dashes.size()), pen.dashOffset() * (width > 0 ? width : 1));
        } else {
            cairo_set_dash(m_cr, nullptr, 0, 0);
        }
        useColour(pen.color(), opacity);
        cairo_stroke(m_cr);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRect &part, const QTransform &transform, qreal opacity)
    {
        const QImage pixels = image.copy(part).convertToFormat(QImage::Format_ARGB32_Premultiplied);
        cairo_surface_t *picture = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pixels.width(), pixels.height());
        if (cairo_surface_status(picture) != CAIRO_STATUS_SUCCESS) {
            cairo_surface_destroy(picture);
            return;
        }
        cairo_surface_flush(picture);
        unsigned char *data = cairo_image_surface_get_data(picture);
        const int stride = cairo_image_surface_get_stride(picture);
        for (int y = 0; y < pixels.height(); ++y)
            memcpy(data + y * stride, pixels.constScanLine(y), size_t(pixels.width()) * 4);
        cairo_surface_mark_dirty(picture);
        cairo_new_path(m_cr);
        useMatrix(transform);
        cairo_translate(m_cr, r.x(), r.y());
        cairo_scale(m_cr, r.width() / pixels.width(), r.height() / pixels.height());
        cairo_set_source_surface(m_cr, picture, 0, 0);
        cairo_pattern_set_filter(cairo_get_source(m_cr), CAIRO_FILTER_GOOD);
        cairo_save(m_cr);
        cairo_rectangle(m_cr, 0, 0, pixels.width(), pixels.height());
        cairo_clip(m_cr);
        cairo_paint_with_alpha(m_cr, opacity);
        cairo_restore(m_cr);
        cairo_surface_destroy(picture);
    }

    // `leadingSpace`: the text starts with a space to be placed before `p` (see drawTextItem).
    // `hyphen`: a hyphen follows (a word broken at a syllable).
    void drawText(const QByteArray &utf8, const PangoFontDescription *font, const QPointF &p, bool leadingSpace,
                  bool hyphen, const QColor &colour, const QTransform &transform, qreal opacity, qreal underlineWidth)
    {
        cairo_new_path(m_cr);
        useMatrix(transform);
        useColour(colour, opacity);
        pango_layout_set_font_description(m_layout, font);
        pango_layout_set_text(m_layout, utf8.constData(), int(utf8.size()));
        PangoLayoutLine *line = pango_layout_get_line_readonly(m_layout, 0);
        int lead = 0;
        if (leadingSpace)
            pango_layout_line_index_to_x(line, 1, FALSE, &lead);
        cairo_move_to(m_cr, p.x() - qreal(lead) / PANGO_SCALE, p.y());
        pango_cairo_show_layout_line(m_cr, line);
        cairo_new_path(m_cr);
        if (underlineWidth > 0) {
            int width = 0;
            pango_layout_get_size(m_layout, &width, nullptr);
            cairo_set_line_width(m_cr, underlineWidth);
            cairo_move_to(m_cr, p.x(), p.y() + 2 * underlineWidth);
            cairo_line_to(m_cr, p.x() + qreal(width - lead) / PANGO_SCALE, p.y() + 2 * underlineWidth);
            cairo_stroke(m_cr);
        }
        if (hyphen) {
            // Drawn as an outline, not as a letter: the text reads the word whole.
            int width = 0;
            pango_layout_get_size(m_layout, &width, nullptr);
            pango_layout_set_text(m_layout, "-", 1);
            cairo_move_to(m_cr, p.x() + qreal(width - lead) / PANGO_SCALE, p.y());
            pango_cairo_layout_line_path(m_cr, pango_layout_get_line_readonly(m_layout, 0));
            cairo_fill(m_cr);
        }
    }

    // `clip` in device units; empty for none.
    void setClip(const QPainterPath &clip, bool clipping)
    {
        cairo_reset_clip(m_cr);
        if (!clipping)
            return;
        cairo_new_path(m_cr);
        useMatrix(QTransform());
        addPath(clip);
        cairo_set_fill_rule(m_cr, CAIRO_FILL_RULE_WINDING);
        cairo_clip(m_cr);
    }

private:
    static constexpr size_t kCapacity = 4096;

    void work()
    {
        startPango();
        for (;;) {
            std::deque<std::function<void()>> batch;
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_commands.empty(); });
                if (m_commands.empty() && m_stop)
                    break;
                batch.swap(m_commands);
                m_busy = true;
            }
            m_room.notify_all();
            for (const auto &command : batch)
                command();
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_busy = false;
            }
            m_idle.notify_all();
        }
        g_object_unref(m_layout);
        g_object_unref(m_pango);
    }

    // Pango's font map belongs to the thread that uses it: made here, on the canvas's thread.
    void startPango()
    {
        m_pango = pango_font_map_create_context(pango_cairo_font_map_get_default());
        // Text positions as the layout computed them: no hinting, no rounding to whole pixels.
        cairo_font_options_t *options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(m_pango, options);
        cairo_font_options_destroy(options);
        pango_context_set_round_glyph_positions(m_pango, FALSE);
        m_layout = pango_layout_new(m_pango);
        // One glyph per letter: a ligature would put "ﬁ" into the text a screen reader reads.
        PangoAttrList *attributes = pango_attr_list_new();
        pango_attr_list_insert(attributes, pango_attr_font_features_new("liga=0,clig=0,dlig=0"));
        pango_layout_set_attributes(m_layout, attributes);
        pango_attr_list_unref(attributes);
    }

    void useMatrix(const QTransform &transform)
    {
        const cairo_matrix_t user = toCairo(transform);
        cairo_matrix_t combined;
        cairo_matrix_multiply(&combined, &user, &m_base);
        cairo_set_matrix(m_cr, &combined);
    }

    void useColour(const QColor &colour, qreal opacity)
    {
        float r, g, b, a;
        colour.getRgbF(&r, &g, &b, &a);
        cairo_set_source_rgba(m_cr, r, g, b, a * opacity);
    }

    void useBrush(const QBrush &brush, const QRectF &bounds, qreal opacity)
    {
        const QGradient *gradient = brush.gradient();
        if (brush.style() != Qt::LinearGradientPattern || !gradient ||
            (gradient->coordinateMode() != QGradient::LogicalMode &&
             gradient->coordinateMode() != QGradient::ObjectBoundingMode)) {
            useColour(brush.color(), opacity);
            return;
        }
        const auto *linear = static_cast<const QLinearGradient *>(gradient);
        QPointF start = linear->start();
        QPointF stop = linear->finalStop();
        if (gradient->coordinateMode() == QGradient::ObjectBoundingMode) {
            start = bounds.topLeft() + QPointF(start.x() * bounds.width(), start.y() * bounds.height());
            stop = bounds.topLeft() + QPointF(stop.x() * bounds.width(), stop.y() * bounds.height());
        }
        cairo_pattern_t *pattern = cairo_pattern_create_linear(start.x(), start.y(), stop.x(), stop.y());
        for (const QGradientStop &s : linear->stops()) {
            float r, g, b, a;
            s.second.getRgbF(&r, &g, &b, &a);
            cairo_pattern_add_color_stop_rgba(pattern, s.first, r, g, b, a * opacity);
        }
        cairo_set_source(m_cr, pattern);
        cairo_pattern_destroy(pattern);
    }

    void addPath(const QPainterPath &path)
    {
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            switch (e.type) {
            case QPainterPath::MoveToElement:
                cairo_move_to(m_cr, e.x, e.y);
                break;
            case QPainterPath::LineToElement:
                cairo_line_to(m_cr, e.x, e.y);
                break;
            case QPainterPath::CurveToElement: {
                const QPainterPath::Element c2 = path.elementAt(i + 1);
                const QPainterPath::Element end = path.elementAt(i + 2);
                cairo_curve_to(m_cr, e.x, e.y, c2.x, c2.y, end.x, end.y);
                i += 2;
                break;
            }
            case QPainterPath::CurveToDataElement:
                break;
            }
        }
    }

    cairo_surface_t *m_surface = nullptr;
    cairo_t *m_cr = nullptr;
    cairo_matrix_t m_base;
    PangoContext *m_pango = nullptr;
    PangoLayout *m_layout = nullptr;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    std::condition_variable m_idle;
    std::deque<std::function<void()>> m_commands;
    bool m_busy = false;
    bool m_stop = false;
};

// QPainter's calls, on the caller's thread: the state is kept here, what lies outside the clip
// is left out, fonts are resolved with Qt, and the drawing goes to the canvas. Device units
// are the writer's resolution; cairo's user space is points.
class CairoPaintEngine : public QPaintEngine
{
public:
    CairoPaintEngine(QByteArray *output, int resolution)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_resolution(resolution)
        , m_canvas(output, resolution)
    {
    }

    ~CairoPaintEngine() override
    {
        m_canvas.flush();
        for (PangoFontDescription *description : std::as_const(m_fonts))
            pango_font_description_free(description);
    }

    CairoCanvas &canvas() { return m_canvas; }
    // A new element begins or ends: its first line needs no space before it.
    void startElement() { m_lastEnded = true; }

    bool begin(QPaintDevice *) override
    {
        setActive(true);
        return true;
    }
    bool end() override
    {
        setActive(false);
        return true;
    }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags flags = state.state();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyTransform)
            m_transform = state.transform();
        if (flags & DirtyOpacity)
            m_opacity = state.opacity();
        if (flags & (DirtyClipPath | DirtyClipRegion | DirtyClipEnabled))
            updateClip();
    }

    void drawPath(const QPainterPath &path) override
    {
        const qreal margin = m_pen.style() == Qt::NoPen ? 0 : m_pen.widthF() + 1;
        if (path.isEmpty() || outsideClip(path.controlPointRect().adjusted(-margin, -margin, margin, margin)))
            return;
        if (m_brush.style() != Qt::NoBrush)
            m_canvas.post([this, path, brush = m_brush, transform = m_transform, opacity = m_opacity] {
                m_canvas.fillPath(path, brush, transform, opacity);
            });
        if (m_pen.style() != Qt::NoPen)
            stroke(path);
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 2)
            return;
        QPainterPath path;
        path.moveTo(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode == PolylineMode) {
            if (m_pen.style() != Qt::NoPen && !outsideClip(path.controlPointRect().adjusted(-2, -2, 2, 2)))
                stroke(path);
            return;
        }
        path.closeSubpath();
        path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
        drawPath(path);
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        drawImage(r, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &source, Qt::ImageConversionFlags) override
    {
        if (image.isNull() || r.isEmpty() || outsideClip(r))
            return;
        const QRect part = source.toAlignedRect().intersected(image.rect());
        if (part.isEmpty())
            return;
        m_canvas.post([this, r, image, part, transform = m_transform, opacity = m_opacity] {
            m_canvas.drawImage(r, image, part, transform, opacity);
        });
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        QString text = item.text();
        if (text.isEmpty() ||
            outsideClip(QRectF(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent())))
            return;
        // A word broken at a soft hyphen shows the hyphen at the end of its line, as an artifact:
        // the text reads the word whole ("levensbeschouwing", not "levensbe-schouwing").
        const bool hyphen = text.endsWith(QChar(0x00ad));
        text.remove(QChar(0x00ad));
        text.remove(QChar(0x2060)); // a word joiner only keeps a line together
        if (text.isEmpty() && !hyphen)
            return;
        // A line that follows another starts with a space, placed before its first letter: the
        // text then reads "een duidelijke" where a line ended with "een", not "eenduidelijke".
        // The same goes for a gap on the same line wider than a space's half (a list's number and
        // its text, drawn apart): "1. Minder inwoners", not "1.Minder inwoners".
        const QPointF baseline = m_transform.map(p);
        const qreal em = item.ascent() + item.descent();
        const bool sameLine = std::abs(baseline.y() - m_lastBaseline.y()) <= 0.5;
        const bool newLine = !m_lastEnded && (!sameLine || baseline.x() - m_lastEnd > 0.15 * em);
        m_lastBaseline = baseline;
        m_lastEnd = m_transform.map(QPointF(p.x() + item.width(), p.y())).x();
        static const QString endings = QStringLiteral(" -/(\u2013\u2014");
        m_lastEnded = hyphen || (!text.isEmpty() && endings.contains(text.back()));
        const bool leadingSpace = newLine && !text.startsWith(QLatin1Char(' '));
        if (leadingSpace)
            text.prepend(QLatin1Char(' '));
        const qreal underline = item.font().underline() ? std::max<qreal>(1, item.ascent() / 14) : 0;
        m_canvas.post([this, utf8 = text.toUtf8(), font = description(item.font()), p, leadingSpace, hyphen,
                       colour = m_pen.color(), transform = m_transform, opacity = m_opacity, underline] {
            m_canvas.drawText(utf8, font, p, leadingSpace, hyphen, colour, transform, opacity, underline);
        });
    }

private:
    void stroke(const QPainterPath &path)
    {
        m_canvas.post([this, path, pen = m_pen, transform = m_transform, opacity = m_opacity] {
            m_canvas.strokePath(path, pen, transform, opacity);
        });
    }

    void updateClip()
    {
        m_clipping = painter() && painter()->hasClipping();
        QPainterPath clip;
        if (m_clipping) {
            clip = painter()->transform().map(painter()->clipPath());
            m_clipRect = clip.boundingRect();
        }
        m_canvas.post([this, clip, clipping = m_clipping] { m_canvas.setClip(clip, clipping); });
    }

    // What lies wholly outside the clip is not written: hidden text would still be read.
    bool outsideClip(const QRectF &logical) const
    {
        return m_clipping && !m_transform.mapRect(logical).intersects(m_clipRect);
    }

    // Made here and only read by the canvas afterwards; freed once the canvas is done.
    const PangoFontDescription *description(const QFont &font)
    {
        // A font carries the resolution it was laid out for: the report's own text the writer's,
        // a chart's labels the screen's (the scene scales them). QFontInfo tells which.
        const QFontInfo info(font);
        const int laidOut = info.pixelSize();
        const QString key = font.key() + QLatin1Char('@') + QString::number(laidOut);
        if (PangoFontDescription *found = m_fonts.value(key))
            return found;
        qreal size = font.pixelSize();
        if (size <= 0) {
            size = font.pointSizeF() * m_resolution / 72.0;
            for (qreal dpi : {qreal(m_resolution), qreal(96), qreal(72)}) {
                const qreal candidate = font.pointSizeF() * dpi / 72.0;
                if (qRound(candidate) == laidOut) {
                    size = candidate;
                    break;
                }
            }
            if (qRound(size) != laidOut && laidOut > 0)
                size = laidOut;
        }
        PangoFontDescription *d = pango_font_description_new();
        pango_font_description_set_family(d, info.family().toUtf8().constData());
        pango_font_description_set_absolute_size(d, size * PANGO_SCALE);
        pango_font_description_set_weight(d, PangoWeight(font.weight()));
        pango_font_description_set_style(d, font.italic() ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
        m_fonts.insert(key, d);
        return d;
    }

    int m_resolution;
    QHash<QString, PangoFontDescription *> m_fonts; // before the canvas: freed after it has finished
    CairoCanvas m_canvas;
    QPen m_pen;
    QBrush m_brush;
    QTransform m_transform;
    qreal m_opacity = 1;
    bool m_clipping = false;
    QRectF m_clipRect;
    QPointF m_lastBaseline{0, -1e9};
    qreal m_lastEnd = 0;     // where the last text ended, in device units
    bool m_lastEnded = true; // the last text ended with a space, a dash or a hyphen
};

TaggedPdfWriter::TaggedPdfWriter(int resolution)
    : m_resolution(resolution)
    , m_engine(std::make_unique<CairoPaintEngine>(&m_output, resolution))
{
}

TaggedPdfWriter::~TaggedPdfWriter() = default;

void TaggedPdfWriter::newPage()
{
    CairoCanvas &canvas = m_engine->canvas();
    canvas.post([&canvas] { cairo_show_page(canvas.context()); });
}

int TaggedPdfWriter::addBookmark(int parent, const QString &title, const QByteArray &dest)
{
    CairoCanvas &canvas = m_engine->canvas();
    canvas.flush();
    const QByteArray link = "dest='" + dest + "'";
    return cairo_pdf_surface_add_outline(canvas.surface(), parent, title.toUtf8().constData(), link.constData(),
                                         cairo_pdf_outline_flags_t(0));
}

void TaggedPdfWriter::addUriLink(const QString &uri, const QList<QRectF> &rects)
{
    // Cairo's attribute syntax: a quoted string with \ and ' escaped, rectangles in points.
    QString quoted = uri;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    QByteArray attributes = "uri='" + quoted.toUtf8() + "' rect=[";
    const qreal points = 72.0 / m_resolution;
    for (const QRectF &r : rects) {
        attributes += QByteArray::number(r.x() * points, 'f', 2) + ' ' + QByteArray::number(r.y() * points, 'f', 2) +
                      ' ' + QByteArray::number(r.width() * points, 'f', 2) + ' ' +
                      QByteArray::number(r.height() * points, 'f', 2) + ' ';
    }
    attributes += ']';
    CairoCanvas &canvas = m_engine->canvas();
    canvas.post([&canvas, attributes] {
        cairo_t *cr = canvas.context();
        cairo_save(cr);
        cairo_identity_matrix(cr);
        cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes.constData());
        cairo_tag_end(cr, CAIRO_TAG_LINK);
        cairo_restore(cr);
    });
}

void TaggedPdfWriter::beginElement(const QByteArray &tag, const QByteArray &attributes)
{
    m_engine->startElement();
    CairoCanvas &canvas = m_engine->canvas();
    canvas.post([&canvas, tag, attributes] {
        cairo_tag_begin(canvas.context(), tag.constData(), attributes.isEmpty() ? nullptr : attributes.constData());
    });
}

void TaggedPdfWriter::endElement(const QByteArray &tag)
{
    m_engine->startElement();
    CairoCanvas &canvas = m_engine->canvas();
    canvas.post([&canvas, tag] { cairo_tag_end(canvas.context(), tag.constData()); });
}

QByteArray TaggedPdfWriter::finish(QString *error)
{
    CairoCanvas &canvas = m_engine->canvas();
    canvas.flush();
    cairo_surface_finish(canvas.surface());
    const cairo_status_t status = cairo_surface_status(canvas.surface());
    if (status != CAIRO_STATUS_SUCCESS) {
        *error = QString::fromUtf8(cairo_status_to_string(status));
        return {};
    }
    return std::exchange(m_output, {});
}

QPaintEngine *TaggedPdfWriter::paintEngine() const
{
    return m_engine.get();
}

int TaggedPdfWriter::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(kPageWidth * m_resolution / 72.0);
    case PdmHeight:
        return qRound(kPageHeight * m_resolution / 72.0);
    case PdmWidthMM:
        return 210;
    case PdmHeightMM:
        return 297;
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_resolution;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    }
    return 0;
}

} // namespace rk
