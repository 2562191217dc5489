#include "http/error_writer.h"

#include <boost/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "core/error_codes.h"

namespace quanke::http {
namespace {

// The file named by QUANKE_ERROR_CODE_LOG, opened once for appending; without it, nothing.
class ErrorCodeLog {
 public:
  static ErrorCodeLog& Instance() {
    static ErrorCodeLog log;
    return log;
  }
  void Append(std::string_view method, std::string_view route, int status, std::string_view code) {
    if (!file_) return;
    std::string line;
    line.reserve(method.size() + route.size() + code.size() + 8);
    AppendWord(line, method.empty() ? "-" : method);
    line += ' ';
    AppendWord(line, route.empty() ? "-" : route);
    line += ' ' + std::to_string(status) + ' ';
    AppendWord(line, code);
    line += '\n';
    std::lock_guard lock(mu_);
    std::fwrite(line.data(), 1, line.size(), file_);
    std::fflush(file_);  // a crashed or killed server keeps what it answered
  }

 private:
  ErrorCodeLog() {
    if (const char* path = std::getenv("QUANKE_ERROR_CODE_LOG"); path && *path) file_ = std::fopen(path, "a");
  }
  // A raw path may hold spaces or line breaks once decoded: those bytes are written as %XX.
  static void AppendWord(std::string& out, std::string_view word) {
    static const char kHex[] = "0123456789ABCDEF";
    for (unsigned char c : word) {
      if (c > ' ' && c != 0x7f) {
        out.push_back(static_cast<char>(c));
      } else {
        out.push_back('%');
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
      }
    }
  }

  std::mutex mu_;
  std::FILE* file_ = nullptr;
};

}  // namespace

int HttpStatusFor(std::string_view code) { return errors::HttpStatusOf(code); }

std::string LanguageOf(const Request& req) {
  const std::string_view lang = req.Header("accept-language");
  // The first listed language decides; we speak zh-CN and en.
  if (lang.substr(0, 2) == "en") return "en";
  return "zh-CN";
}

boost::json::object ErrorObject(const Status& status, std::string_view language) {
  std::string message = status.message();
  if (const errors::Code* c = errors::Find(status.code()); c && !c->zh.empty())
    message = std::string(language == "en" ? c->en : c->zh);
  if (message.empty()) message = status.code();
  boost::json::object details;
  for (const auto& [key, value] : status.details()) {
    if (auto p = std::get_if<std::int64_t>(&value)) {
      details[key] = *p;
    } else if (auto objects = std::get_if<DetailObjects>(&value)) {
      boost::json::array list;
      for (const auto& fields : *objects) {
        boost::json::object o;
        for (const auto& [k, v] : fields) o[k] = v;
        list.push_back(std::move(o));
      }
      details[key] = std::move(list);
    } else {
      details[key] = std::get<std::string>(value);
    }
  }
  if (!status.fields().empty()) {
    boost::json::array fields;
    for (const auto& f : status.fields())
      fields.push_back(boost::json::object{{"field", f.field}, {"issue", f.issue}});
    details["fields"] = std::move(fields);
  }
  boost::json::object error{{"code", status.code()}, {"message", message}};
  if (!details.empty()) error["details"] = std::move(details);
  return error;
}

Response ErrorResponse(const Status& status, const Request& req, std::string_view language) {
  boost::json::object body{{"error", ErrorObject(status, language)}, {"requestId", req.request_id}};
  Response r;
  r.status = HttpStatusFor(status.code());
  ErrorCodeLog::Instance().Append(req.method, req.route.empty() ? req.path : req.route, r.status, status.code());
  r.body = boost::json::serialize(body);
  if (status.code() == "rate_limited") {
    auto retry = status.Detail("retryAfterSeconds");
    const std::int64_t* seconds = retry ? std::get_if<std::int64_t>(&*retry) : nullptr;
    r.SetHeader("Retry-After", std::to_string(seconds ? *seconds : 60));
  }
  return r;
}

}  // namespace quanke::http
