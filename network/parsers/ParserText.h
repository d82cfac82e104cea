#pragma once

#include <QCoreApplication>

// The translation context of every sentence the wire parsers show to people.
class ParserText
{
    Q_DECLARE_TR_FUNCTIONS(ParserText)
};
