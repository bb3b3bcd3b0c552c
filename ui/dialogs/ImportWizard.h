#pragma once

#include "io/CsvReader.h"
#include "io/Importer.h"

#include <QWizard>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QWidget;

namespace praksis {

class ImportErrorModel;
class ImportPreviewModel;
class LinkSuggestionsWidget;
class PlanSession;

// File ▸ Import: a CSV file into one register, over the core importer (core/io/Importer.h) — it reads, checks and
// writes; this wizard only shows what it found and lets the person choose.
//
//   1. Source: the register (or detected from the columns), the file, the delimiter and encoding (detected,
//      changeable), and for students the school.
//   2. Columns: each column of the file and the field it fills, matched by its header, changeable.
//   3. Preview: every row marked new / changed / unchanged / error, and the list of errors with line, column and
//      reason. Nothing can be imported while there are errors (an import is all or nothing).
//   4. Done: what was imported. The import is one undo step (ImportCommand). After new hires, the student records
//      they may have been, to link where a person checks them (LinkSuggestionsWidget, one more undo step).
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePage,
        MappingPage,
        PreviewPage,
        DonePage
    };

    explicit ImportWizard(PlanSession &session, std::optional<ImportRegister> reg = std::nullopt,
                          QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Sets the file (as if typed) and reads it.
    void setFile(const QString &path);
    // The register chosen, or detected from the columns; nullopt while unknown.
    std::optional<ImportRegister> currentRegister() const;
    // The latest preview (after each change of file, register, delimiter, encoding or mapping); nullptr when the
    // file could not be prepared.
    const ImportPreview *preview() const { return m_preview ? &*m_preview : nullptr; }
    // The models of the preview page (for tests).
    ImportPreviewModel *previewModel() const { return m_rowsModel; }
    ImportErrorModel *errorModel() const { return m_errorsModel; }
    // The link suggestions of the done page (for tests).
    LinkSuggestionsWidget *linkSuggestions() const { return m_links; }

    // Test hooks: the file dialog's answer, and a progress callback consulted during the import (false cancels).
    static inline std::function<QString()> fileHook;
    static inline ImportProgress progressHook;

private:
    QWizardPage *createSourcePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    QWizardPage *createDonePage();

    void browse();
    void readFile();
    void updateRegister();
    // Runs the core's prepare() on the table read, with the current options and mapping.
    void prepare();
    void fillMapping();
    void mappingChanged();
    void showMappingMessage();
    void showPreview();
    void filterRows();
    bool sourceComplete() const;
    bool previewComplete() const;
    bool runImport();
    ImportOptions options() const;

    PlanSession &m_session;
    std::optional<CsvTable> m_table;
    QString m_readError;
    std::optional<ImportPreview> m_preview;
    QString m_prepareError;
    QHash<int, QString> m_mapping; // the person's choice per column, once the mapping was changed
    bool m_filling = false;

    // source
    QComboBox *m_register = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_delimiter = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_detected = nullptr;
    QWidget *m_studentsBox = nullptr;
    QComboBox *m_school = nullptr;
    QLineEdit *m_programme = nullptr;
    // mapping
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_mappingMessage = nullptr;
    // preview
    QLabel *m_summary = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_rowsView = nullptr;
    ImportPreviewModel *m_rowsModel = nullptr;
    QSortFilterProxyModel *m_rowsProxy = nullptr;
    QWidget *m_errorsBox = nullptr;
    QLabel *m_errorsLabel = nullptr;
    QTableView *m_errorsView = nullptr;
    ImportErrorModel *m_errorsModel = nullptr;
    // done
    QLabel *m_done = nullptr;
    LinkSuggestionsWidget *m_links = nullptr;
};

} // namespace praksis
