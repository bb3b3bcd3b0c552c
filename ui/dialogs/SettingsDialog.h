#pragma once

#include "commands/PlanSettingsCommand.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDialogButtonBox;

namespace praksis {

class PlanSession;

// The plan's settings (organisation name and logo, document language, planner costs, absence limits — one undo
// step) and the program's interface language (QSettings, applied after a restart).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(PlanSession &session, QWidget *parent = nullptr);

    // The values in the form.
    PlanSettingsValues values() const;
    QString interfaceLanguage() const;

    // Writes what changed (through the undo stack); returns false and shows the error if core refused.
    bool apply();

    // Test hook: when set, "Choose logo…" uses this instead of a file dialog.
    static inline std::function<QString()> logoFileHook;

private:
    void chooseLogo();
    void showLogo();
    void validate();

    PlanSession &m_session;
    PlanSettingsValues m_before;
    QByteArray m_logo;
    QLineEdit *m_orgName = nullptr;
    QLabel *m_logoPreview = nullptr;
    QComboBox *m_docLanguage = nullptr;
    QComboBox *m_uiLanguage = nullptr;
    QSpinBox *m_costs[6] = {};
    QDoubleSpinBox *m_makeUp = nullptr;
    QDoubleSpinBox *m_atRisk = nullptr;
    QLabel *m_absenceError = nullptr;
    QLineEdit *m_arrivalTime = nullptr;
    QLabel *m_arrivalError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace praksis
