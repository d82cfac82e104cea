#pragma once

#include <QString>
#include <QtCore/qnamespace.h>

// How the task-table exporter turns one column of an item model into CSV cells. Generic on
// purpose: a model only has to name the role that carries the raw value.
struct CsvModelColumn
{
    enum class Kind {
        Text,     // one cell: the role's text, guarded against formulas
        Number,   // one cell: the role's number written raw, so it stays a number
        DateTime, // two cells: "<header> (UTC)" as ISO 8601 and "<header> (local)"
        State,    // two cells: the stable English word and the translated word
    };

    int column = 0; // in the exported model
    Kind kind = Kind::Text;
    int role = Qt::DisplayRole; // the role read for the value: a raw-value role for numbers,
                                // times and states
    QString machineName;        // stable header for scripts; empty: the model's header text

    friend bool operator==(const CsvModelColumn &, const CsvModelColumn &) = default;
};
