#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace praksis {

// What went wrong, worded for the person who has to fix it. Core never shows a dialog:
// it returns an Error and the caller (desktop or CLI) decides how to present it.
struct Error
{
    enum class Kind {
        Invalid,      // the input is wrong; nothing was written (CLI exit code 3)
        NotFound,     // a named record does not exist
        Conflict,     // the change would break a rule or a dependency
        Busy,         // another program holds the plan
        NotAPlan,     // the file is not a plan, or is damaged
        NewerVersion, // written by a newer Praksisplan
        Io,           // a file could not be read or written
        Database,     // SQLite reported an unexpected failure
        Cancelled,    // the user cancelled long work; nothing was written
    };

    Kind kind = Kind::Invalid;
    QString message; // translated, complete sentence(s)
    QString file;    // file the error is about, if any
    int line = 0;    // 1-based line in that file, 0 when not applicable
    int column = 0;  // 1-based column number, 0 when not applicable
    QString field;   // name of the field or column, if any

    static Error invalid(QString message, QString field = {})
    {
        return Error{Kind::Invalid, std::move(message), {}, 0, 0, std::move(field)};
    }
    static Error make(Kind kind, QString message) { return Error{kind, std::move(message), {}, 0, 0, {}}; }

    // "plan.csv, line 4, column 2 (Last name): message" — the location, then the message.
    QString toString() const;
};

// A value or an Error. Small on purpose: std::expected arrives with C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace praksis
