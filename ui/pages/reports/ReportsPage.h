#pragma once

#include "Error.h"
#include "documents/PlacementCalendar.h"
#include "documents/ReportTable.h"
#include "widgets/PlanPage.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace praksis {

class PlanSession;
class ReportTableModel;

// The Reports page (PRODUCT.md section 3): the school report of one school, or the supervisor report, for a
// period or a date range; the recruitment report (section 10) over a date range; or a site's or a supervisor's
// placements as a calendar. A sortable preview with the totals beneath, then export to CSV, XLSX or PDF (.ics for
// calendars) through core/documents, off the UI thread with progress. The preview follows changes to the plan.
class ReportsPage : public QWidget, public PlanPage
{
    Q_OBJECT

public:
    enum class Kind
    {
        SchoolReport,
        SupervisorReport,
        SiteCalendar,
        SupervisorCalendar,
        RecruitmentReport, // PRODUCT.md section 10: did the placements bring staff, do new hires stay
    };
    Q_ENUM(Kind)
    enum class Format
    {
        Csv,
        Xlsx,
        Pdf,
        Ics,
    };
    Q_ENUM(Format)

    explicit ReportsPage(PlanSession &session, QWidget *parent = nullptr);
    ~ReportsPage() override;

    Kind kind() const;
    // The formats the chosen report can be exported to.
    QList<Format> formats() const;
    // "Placement report Høgskolen A Vår 2027.xlsx" (translated: "Praksisrapport …"): a file name for the report
    // as it is chosen now.
    QString suggestedFileName(Format format) const;

    // MainWindow calls this when the page comes into view: the row count goes to the status bar.
    void pageShown() override { showRowCount(); }

    // Test hook: answers the file dialog instead of showing it (an empty string cancels).
    using FileChooser = std::function<QString(Format format, const QString &suggestedPath)>;
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

public slots:
    // Recomputes the preview now (it is otherwise recomputed shortly after each change).
    void refresh();
    // Writes the report as it is previewed to `path` (through ReportExport / ICalendarWriter), off the UI thread
    // with a progress dialog; the export buttons call it after the file dialog. Shows nothing on failure: the
    // error names the file. The preview speaks the interface language; the file keeps the plan's document
    // language (its words and number format): the same rows, in the language the reader of the file gets.
    Result<void> exportTo(Format format, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The report as chosen now, its words in `language` ("" = the plan's document language); the column whose
    // "cancelled" rows are struck out goes to *struckColumn (-1 for none).
    Result<ReportTable> reportTable(const QString &language, int *struckColumn);

private:
    void buildUi();
    void showRowCount();
    void loadChoices();
    void updateControls();
    void scheduleRefresh();
    void chooseFileAndExport(Format format);
    void showError(const QString &text);
    void setPreviewError(const QString &text);
    QString periodOrDatesText() const;
    bool byPeriod() const;
    // from and to of the dates chosen: the period's, or the date edits'
    std::pair<QDate, QDate> dateRange() const;

    PlanSession &m_session;
    ReportTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    PlacementCalendar::Calendar m_calendar; // the previewed calendar (calendar kinds)
    bool m_previewOk = false;
    bool m_exporting = false;
    bool m_loadingChoices = false;
    bool m_stale = false; // the plan changed while the page was hidden
    QString m_lastDir;
    FileChooser m_fileChooser;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_school = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_supervisor = nullptr;
    QWidget *m_datesRow = nullptr;
    QRadioButton *m_byPeriod = nullptr;
    QRadioButton *m_byDates = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_ics = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace praksis
