#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;
class QFrame;

namespace rk {

// A date typed as people type it (31-12-2028, 31-12-28, 31122028, 2028-12-31, "vandaag";
// see text::parseTypedDate), shown in the UI language's short form as the table shows it,
// with a calendar (the button in the field, Alt+Down or F4) that opens on the current date
// or today and has a "Vandaag" button. Text that is no date stays in the field, marked,
// with a message that says what to type; it is never dropped in silence.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    void setDate(const QDate &date); // an invalid date empties the field
    // The typed date: invalid when the field is empty or holds no date (see isAcceptable()).
    QDate date() const;
    // Empty, or a date.
    bool isAcceptable() const;
    // Marks the field and says, also to a screen reader, what to type instead.
    void showProblem();
    QString problemText() const;

    void openCalendar();
    bool isCalendarOpen() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pick(const QDate &date);
    void clearProblem();

    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace rk
