#pragma once

#include "models/domain/ApiError.h"

#include <utility>
#include <variant>

// Either a value or the ApiError that prevented it. Errors are values across every boundary.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(ApiError error)
        : m_value(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &value(); }

    const ApiError &error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};
