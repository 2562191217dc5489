#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace quanke {

// One field-level problem in a request, reported in `details.fields`.
struct FieldIssue {
  std::string field;
  std::string issue;  // "required", "wrong_type", "invalid_value", "too_long", "too_short"
};

// A list of objects with text fields in `details` (such as the missing feedback fields of a
// move, [{key, label}]).
using DetailObjects = std::vector<std::vector<std::pair<std::string, std::string>>>;
using DetailValue = std::variant<std::int64_t, std::string, DetailObjects>;

// Status is the outcome of every operation that can fail in an expected way (validation, not
// found, conflict, limit reached). `code` is stable and machine-readable ("pool.limit_reached");
// the HTTP layer maps it to a status in one place (http/error_writer.cc) and localises the
// message from the catalogue in core/messages.cc. `message` is an English fallback used when the
// catalogue has no entry for the code. Bugs are exceptions, not Statuses.
class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string code, std::string message = {}) {
    Status s;
    s.code_ = std::move(code);
    s.message_ = std::move(message);
    return s;
  }
  static Status NotFound() { return Error("not_found", "The requested record does not exist."); }
  static Status Internal(std::string message) { return Error("internal", std::move(message)); }
  static Status Validation(std::vector<FieldIssue> fields) {
    Status s = Error("validation.failed", "Some fields are invalid.");
    s.fields_ = std::move(fields);
    return s;
  }

  bool ok() const { return code_.empty(); }
  const std::string& code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::vector<FieldIssue>& fields() const { return fields_; }
  const std::vector<std::pair<std::string, DetailValue>>& details() const { return details_; }

  Status& With(std::string key, DetailValue value) {
    details_.emplace_back(std::move(key), std::move(value));
    return *this;
  }
  std::optional<DetailValue> Detail(std::string_view key) const {
    for (const auto& [k, v] : details_)
      if (k == key) return v;
    return std::nullopt;
  }

 private:
  std::string code_;
  std::string message_;
  std::vector<FieldIssue> fields_;
  std::vector<std::pair<std::string, DetailValue>> details_;
};

// Result<T> holds either a value or a non-ok Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace quanke
