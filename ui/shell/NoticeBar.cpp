#include "NoticeBar.h"

#include "ui/common/Colours.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace rk {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Melding sluiten"));
    m_close->setAccessibleName(tr("Melding sluiten"));
    setAccessibleName(tr("Melding"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    layout->addWidget(m_close);
    connect(m_button, &QPushButton::clicked, this, &NoticeBar::buttonClicked);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showMessage(Kind kind, const QString &text, const QString &buttonText)
{
    // Light backgrounds with dark text keep well above 4.5:1 contrast.
    QColor background;
    switch (kind) {
    case Kind::Information:
        background = colours::informationBackground();
        break;
    case Kind::Warning:
        background = colours::warningBackground();
        break;
    case Kind::Error:
        background = colours::errorBackground();
        break;
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, colours::noticeText());
    setPalette(pal);
    m_text->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    show();
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace rk
