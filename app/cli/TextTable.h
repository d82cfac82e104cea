#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Aligned plain-text columns for a terminal: Chinese and other wide characters count as two
// cells, so 张伟 lines up under "NAME".
class TextTable final
{
public:
    explicit TextTable(const QStringList &header);

    // `colour` is an ANSI SGR code for the row's state cell, or empty.
    void addRow(const QStringList &cells, const QString &colour = {}, int colouredColumn = -1);
    void setRightAligned(int column) { m_rightAligned.append(column); }
    QString render(bool useColour) const;

    static int displayWidth(const QString &text);

private:
    struct Row
    {
        QStringList cells;
        QString colour;
        int colouredColumn = -1;
    };

    QStringList m_header;
    QList<Row> m_rows;
    QList<int> m_rightAligned;
};
