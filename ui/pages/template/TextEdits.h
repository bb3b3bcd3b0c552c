#pragma once

#include "Icons.h"
#include "welcome/WelcomeTemplate.h"

#include <QLineEdit>
#include <QPushButton>

// Pieces the welcome template editor and the conversation guide editor share: a text in Bokmål, Nynorsk and
// English edited in three line edits, and the icon buttons under their trees.
namespace praksis::TextEdits {

inline const char *const languageCodes[3] = {"nb", "nn", "en"};

inline LocalizedText textOf(QLineEdit *const (&edits)[3])
{
    return {edits[0]->text().trimmed(), edits[1]->text().trimmed(), edits[2]->text().trimmed()};
}

inline void setTexts(QLineEdit *const (&edits)[3], const LocalizedText &text)
{
    const QString values[3] = {text.nb, text.nn, text.en};
    for (int i = 0; i < 3; ++i) {
        if (edits[i]->text() != values[i]) {
            edits[i]->setText(values[i]);
            edits[i]->setCursorPosition(0); // show the start of a long text, not its end
        }
    }
}

inline QPushButton *toolButton(const QString &icon, const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(themedIcon(icon), text, parent);
    button->setObjectName(name);
    return button;
}

} // namespace praksis::TextEdits
