#include "http/server.h"

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_set>
#include <vector>

#include "http/compression.h"
#include "http/error_writer.h"
#include "http/forwarded.h"
#include "http/router.h"

namespace quanke::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

namespace {

using ReusePort = asio::detail::socket_option::boolean<SOL_SOCKET, SO_REUSEPORT>;

// Request ids: a random process prefix and a counter, 16 hex digits, unique per process.
std::string NextRequestId() {
  static const std::uint32_t prefix = std::random_device{}();
  static std::atomic<std::uint32_t> counter{0};
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08x%08x", prefix, counter.fetch_add(1));
  return buf;
}

}  // namespace

class Session;

// Shared state of a running server. Sessions keep it alive through a raw pointer: Run()
// does not return before every session is gone.
class Server::Impl {
 public:
  Impl(ServerOptions options, const Router& router)
      : options_(std::move(options)), router_(router), blocking_(options_.blocking_threads) {
    for (int i = 0; i < std::max(1, options_.io_threads); ++i)
      contexts_.push_back(std::make_unique<asio::io_context>(1));
  }

  Status Listen();
  void Run();
  void Stop();
  int port() const { return bound_port_; }

  // Session bookkeeping, for a graceful stop.
  void Register(Session* s) {
    std::lock_guard lock(sessions_mu_);
    sessions_.insert(s);
  }
  void Unregister(Session* s) {
    std::lock_guard lock(sessions_mu_);
    sessions_.erase(s);
  }
  // Closes every connection that is waiting for its next request. The sessions are collected
  // under the lock but touched outside it: dropping the last reference to one runs its
  // destructor, which unregisters (and so takes the lock) on this thread.
  void CloseIdleSessions();

  const ServerOptions& options() const { return options_; }
  const Router& router() const { return router_; }
  asio::thread_pool& blocking() { return blocking_; }
  bool draining() const { return draining_.load(); }
  std::atomic<int>& in_flight() { return in_flight_; }

 private:
  void Accept(size_t index);
  void WaitForDrain(std::chrono::steady_clock::time_point deadline);

  // Declared first so they are destroyed last: sessions unregister while the io_contexts
  // below destroy their pending handlers.
  std::mutex sessions_mu_;
  std::unordered_set<Session*> sessions_;  // guarded by sessions_mu_

  const ServerOptions options_;
  const Router& router_;
  std::vector<std::unique_ptr<asio::io_context>> contexts_;
  // Keep each context running while it has no I/O of its own (a request may be on the
  // blocking pool, about to post its response back); released when the drain is over.
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> work_;
  std::vector<std::unique_ptr<tcp::acceptor>> acceptors_;  // acceptors_[i] runs on contexts_[i]
  asio::thread_pool blocking_;
  std::unique_ptr<asio::signal_set> signals_;
  std::unique_ptr<asio::steady_timer> drain_timer_;
  std::atomic<bool> draining_{false};
  std::atomic<int> in_flight_{0};  // requests read and not yet answered
  // Accepted connections are dealt to the I/O threads in turn. The kernel picks the acceptor by
  // a hash of the client's address, which gave one thread 20 of 32 connections and their
  // requests a longer queue.
  std::atomic<std::uint32_t> next_context_{0};
  int bound_port_ = 0;
};

// One connection: read a request, answer it, repeat while keep-alive.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server)
      : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    auto ep = stream_.socket().remote_endpoint(ec);
    remote_ip_ = ec ? std::string() : ep.address().to_string();
    client_ip_ = remote_ip_;
    stream_.socket().set_option(tcp::no_delay(true), ec);
    server_.Register(this);
  }
  ~Session() { server_.Unregister(this); }

  void Start() { Read(); }

  // Called on stop (from any thread): closes the connection if it is waiting for a request.
  void CloseIfIdle() {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->idle_) {
        beast::error_code ec;
        self->stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
        self->stream_.socket().close(ec);
      }
    });
  }

 private:
  void Read() {
    if (server_.draining()) return Close();
    parser_.emplace();
    // Beast checks a Content-Length against the limit as soon as the header is complete, so the
    // header is read under the upload limit and the usual limit is applied right after it.
    parser_->body_limit(std::max(server_.options().body_limit, server_.options().upload_limit));
    parser_->header_limit(16 * 1024);
    idle_ = true;
    stream_.expires_after(std::chrono::seconds(server_.options().idle_timeout_seconds));
    // The header first: uploads may have a larger body than other requests.
    bhttp::async_read_header(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, size_t) {
      if (ec) return self->OnRead(ec);
      const auto& msg = self->parser_->get();
      // Uploads, and an import's rows (up to 50,000 of them, docs/api-imports.md).
      const bool upload = msg.method() == bhttp::verb::post &&
                          (msg.target().starts_with("/api/v1/attachments") || msg.target() == "/api/v1/imports");
      const size_t limit = upload ? self->server_.options().upload_limit : self->server_.options().body_limit;
      const auto length = self->parser_->content_length();
      if (length && *length > limit) return self->OnRead(bhttp::error::body_limit);
      self->parser_->body_limit(limit);
      bhttp::async_read(self->stream_, self->buffer_, *self->parser_,
                        [self](beast::error_code ec2, size_t) { self->OnRead(ec2); });
    });
  }

  void OnRead(beast::error_code ec) {
    idle_ = false;
    if (ec == bhttp::error::end_of_stream || ec == asio::error::operation_aborted ||
        ec == beast::error::timeout || ec == asio::error::connection_reset ||
        ec == asio::error::bad_descriptor || ec == asio::error::eof)
      return Close();
    started_ = std::chrono::steady_clock::now();
    request_id_ = NextRequestId();
    if (ec) {
      // The request could not be read whole: too large, or not HTTP.
      const bool too_large = ec == bhttp::error::body_limit || ec == bhttp::error::header_limit;
      Status s = too_large ? Status::Error("request.too_large") : Status::Error("request.malformed");
      keep_alive_ = false;
      unread_body_ = true;
      method_ = "-";
      target_ = "-";
      ++server_.in_flight();
      Request refused;  // what is known of it: the method and path when the header was read
      refused.request_id = request_id_;
      if (parser_ && parser_->is_header_done()) {
        const auto& msg = parser_->get();
        const std::string_view target(msg.target().data(), msg.target().size());
        refused.method = std::string(msg.method_string());
        refused.path = UrlDecode(target.substr(0, target.find('?')), false);
      }
      return Write(ErrorResponse(s, refused, "zh-CN"));
    }
    auto& msg = parser_->get();
    keep_alive_ = msg.keep_alive();
    ++server_.in_flight();

    auto req = std::make_shared<Request>();
    req->method = std::string(msg.method_string());
    const std::string_view target(msg.target().data(), msg.target().size());
    const size_t q = target.find('?');
    req->path = UrlDecode(target.substr(0, q), false);
    if (q != std::string_view::npos) req->query = ParseQuery(target.substr(q + 1));
    req->headers.reserve(16);
    for (const auto& field : msg) {
      std::string name(field.name_string());
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      req->headers.emplace_back(std::move(name), std::string(field.value()));
    }
    req->body = std::move(msg.body());
    req->remote_ip =
        ClientAddress(remote_ip_, req->Header("x-forwarded-for"), server_.options().trusted_proxies);
    client_ip_ = req->remote_ip;
    // A proxy in front of us may pass its own id; keep it when it looks sane.
    const std::string_view incoming = req->Header("x-request-id");
    if (!incoming.empty() && incoming.size() <= 64) request_id_ = std::string(incoming);
    req->request_id = request_id_;
    method_ = req->method;
    target_ = std::string(target.substr(0, std::min<size_t>(target.size(), 200)));

    const Router& router = server_.router();
    if (router.RunsBlocking(*req)) {
      auto executor = stream_.get_executor();
      asio::post(server_.blocking(), [self = shared_from_this(), req, executor, &router] {
        auto response = std::make_shared<Response>(Answer(router, *req));
        asio::post(executor, [self, response] { self->Write(std::move(*response)); });
      });
    } else {
      Write(Answer(router, *req));
    }
  }

  // The router's answer; API answers in JSON are gzipped here, on the thread that made them
  // (static files come precompressed from the web build).
  static Response Answer(const Router& router, Request& req) {
    Response r = router.Handle(req);
    if (req.path.starts_with("/api/")) CompressJsonAnswer(r, req.Header("accept-encoding"));
    return r;
  }

  void Write(Response r) {
    if (r.stream) return StartStream(std::move(r));
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>();
    res->version(11);
    res->result(static_cast<unsigned>(r.status));
    if (!r.content_type.empty()) res->set(bhttp::field::content_type, r.content_type);
    res->set("X-Request-Id", request_id_);
    // Set-Cookie is the one header an answer may carry several times (session and read-after).
    for (auto& [k, v] : r.headers) {
      if (beast::iequals(k, "Set-Cookie"))
        res->insert(k, v);
      else
        res->set(k, v);
    }
    if (r.status >= 200 && r.status != 204 && r.status != 304) res->body() = std::move(r.body);
    const bool keep = keep_alive_ && !server_.draining();
    res->keep_alive(keep);
    res->prepare_payload();
    status_ = r.status;
    bytes_ = res->body().size();
    stream_.expires_after(std::chrono::seconds(30));
    bhttp::async_write(stream_, *res, [self = shared_from_this(), res, keep](beast::error_code ec, size_t) {
      self->OnWrite(ec, keep);
    });
  }

  // ---- Server-Sent Events: the response stays open; the stream is polled when woken ----
  void StartStream(Response r) {
    event_stream_ = r.stream;
    status_ = 200;
    std::string head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-cache\r\n"
        "X-Accel-Buffering: no\r\nConnection: keep-alive\r\nX-Request-Id: " + request_id_ + "\r\n";
    for (auto& [k, v] : r.headers) head += k + ": " + v + "\r\n";
    head += "\r\n";
    --server_.in_flight();  // a stream is not a request to wait for on shutdown
    if (server_.options().access_log)
      spdlog::info("{} {} {} {} stream opened", request_id_, client_ip_, method_, target_);
    idle_ = true;  // shutdown closes it like an idle connection
    stream_.expires_never();
    outgoing_ = std::move(head);
    std::weak_ptr<Session> weak = weak_from_this();
    auto executor = stream_.get_executor();
    event_stream_->Start([weak, executor] {
      asio::post(executor, [weak] {
        if (auto self = weak.lock()) self->KickStream();
      });
    });
    // A read that only ends when the client goes away.
    auto sink = std::make_shared<std::array<char, 512>>();
    WatchClose(sink);
    heartbeat_ = std::make_unique<asio::steady_timer>(stream_.get_executor());
    Heartbeat();
    KickStream();
  }

  void WatchClose(std::shared_ptr<std::array<char, 512>> sink) {
    stream_.socket().async_read_some(asio::buffer(*sink), [self = shared_from_this(), sink](beast::error_code ec, size_t) {
      if (ec) return self->StopStream();
      self->WatchClose(sink);
    });
  }

  void Heartbeat() {
    heartbeat_->expires_after(std::chrono::seconds(20));
    heartbeat_->async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec || self->stream_stopped_) return;
      self->outgoing_ += ": ping\n\n";
      self->KickStream();
      self->Heartbeat();
    });
  }

  void KickStream() {
    if (stream_stopped_ || writing_) return;
    std::string text = std::move(outgoing_);
    outgoing_.clear();
    text += event_stream_->Poll();
    if (text.empty()) return;
    writing_ = true;
    auto buffer = std::make_shared<std::string>(std::move(text));
    asio::async_write(stream_.socket(), asio::buffer(*buffer), [self = shared_from_this(), buffer](beast::error_code ec, size_t) {
      self->writing_ = false;
      if (ec) return self->StopStream();
      self->KickStream();  // more may have arrived while writing
    });
  }

  void StopStream() {
    if (stream_stopped_) return;
    stream_stopped_ = true;
    if (heartbeat_) heartbeat_->cancel();
    if (event_stream_) event_stream_->Stop();
    if (server_.options().access_log) spdlog::info("{} {} stream closed", request_id_, client_ip_);
    Close();
  }

  // After refusing a request whose body was not read (413, 400), closing at once would make the
  // kernel reset the connection and the client could lose the answer: stop sending, read and
  // discard what the client still sends (bounded in time), then close.
  void Linger() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(std::chrono::seconds(2));
    auto buffer = std::make_shared<std::array<char, 16384>>();
    DrainOnce(buffer);
  }
  void DrainOnce(std::shared_ptr<std::array<char, 16384>> buffer) {
    stream_.async_read_some(asio::buffer(*buffer), [self = shared_from_this(), buffer](beast::error_code ec, size_t) {
      if (ec) {
        beast::error_code ignored;
        self->stream_.socket().close(ignored);
        return;
      }
      self->DrainOnce(buffer);
    });
  }

  void OnWrite(beast::error_code ec, bool keep) {
    if (server_.options().access_log) {
      const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                          std::chrono::steady_clock::now() - started_)
                          .count();
      spdlog::info("{} {} {} {} {} {}B {}us", request_id_, client_ip_, method_, target_, status_,
                   bytes_, us);
    }
    --server_.in_flight();
    if (!ec && unread_body_) return Linger();
    if (ec || !keep) return Close();
    Read();
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.socket().close(ec);
  }

  beast::tcp_stream stream_;
  Server::Impl& server_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string remote_ip_;  // the connection's peer
  std::string client_ip_;  // the current request's client (the peer, or behind a trusted proxy)
  std::string request_id_;
  std::string method_;
  std::string target_;
  std::chrono::steady_clock::time_point started_;
  int status_ = 0;
  size_t bytes_ = 0;
  bool keep_alive_ = true;
  bool unread_body_ = false;  // the request was refused before its body was read
  // Event streams (all on the connection's thread).
  std::shared_ptr<EventStream> event_stream_;
  std::unique_ptr<asio::steady_timer> heartbeat_;
  std::string outgoing_;
  bool writing_ = false;
  bool stream_stopped_ = false;
  std::atomic<bool> idle_{false};  // waiting for the next request (safe to close on stop)
};

void Server::Impl::CloseIdleSessions() {
  std::vector<std::weak_ptr<Session>> sessions;
  {
    std::lock_guard lock(sessions_mu_);
    for (Session* s : sessions_) sessions.push_back(s->weak_from_this());
  }
  for (auto& weak : sessions)
    if (auto s = weak.lock()) s->CloseIfIdle();
}

Status Server::Impl::Listen() {
  beast::error_code ec;
  auto address = asio::ip::make_address(options_.host, ec);
  if (ec) return Status::Error("config.bad_listen", "cannot parse listen address " + options_.host);
  int port = options_.port;
  for (size_t i = 0; i < contexts_.size(); ++i) {
    auto acceptor = std::make_unique<tcp::acceptor>(*contexts_[i]);
    tcp::endpoint endpoint(address, static_cast<unsigned short>(port));
    acceptor->open(endpoint.protocol(), ec);
    if (!ec) acceptor->set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor->set_option(ReusePort(true), ec);
    if (!ec) acceptor->bind(endpoint, ec);
    if (!ec) acceptor->listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
      return Status::Error("unavailable", "cannot listen on " + options_.host + ":" +
                                              std::to_string(port) + ": " + ec.message());
    // With port 0 the first acceptor picks a port; the others join it.
    port = acceptor->local_endpoint().port();
    acceptors_.push_back(std::move(acceptor));
  }
  bound_port_ = port;
  return Status::Ok();
}

void Server::Impl::Accept(size_t index) {
  acceptors_[index]->async_accept(
      contexts_[index]->get_executor(), [this, index](beast::error_code ec, tcp::socket socket) {
        if (ec) {
          if (!acceptors_[index]->is_open()) return;  // closed by Stop()
          spdlog::warn("accept failed: {}", ec.message());
        } else {
          const size_t to = next_context_.fetch_add(1, std::memory_order_relaxed) % contexts_.size();
          if (to != index) {
            const auto protocol = socket.local_endpoint(ec).protocol();
            const auto handle = socket.release(ec);
            if (!ec) socket = tcp::socket(*contexts_[to], protocol, handle);
          }
          if (ec)
            spdlog::warn("could not hand a connection to another thread: {}", ec.message());
          else
            std::make_shared<Session>(std::move(socket), *this)->Start();
        }
        Accept(index);
      });
}

void Server::Impl::Run() {
  signals_ = std::make_unique<asio::signal_set>(*contexts_[0], SIGTERM, SIGINT);
  signals_->async_wait([this](beast::error_code ec, int signal) {
    if (ec) return;
    spdlog::info("received signal {}, shutting down gracefully", signal);
    Stop();
  });
  for (size_t i = 0; i < acceptors_.size(); ++i) Accept(i);
  for (auto& c : contexts_) work_.push_back(asio::make_work_guard(*c));
  std::vector<std::thread> threads;
  for (size_t i = 1; i < contexts_.size(); ++i) threads.emplace_back([this, i] { contexts_[i]->run(); });
  contexts_[0]->run();
  for (auto& t : threads) t.join();
  blocking_.join();
}

void Server::Impl::Stop() {
  asio::post(*contexts_[0], [this] {
    if (draining_.exchange(true)) return;
    if (signals_) signals_->cancel();
    for (size_t i = 0; i < acceptors_.size(); ++i)
      asio::post(*contexts_[i], [this, i] {
        beast::error_code ec;
        acceptors_[i]->close(ec);
      });
    CloseIdleSessions();
    WaitForDrain(std::chrono::steady_clock::now() +
                 std::chrono::seconds(options_.shutdown_grace_seconds));
  });
}

void Server::Impl::WaitForDrain(std::chrono::steady_clock::time_point deadline) {
  if (in_flight_.load() == 0 || std::chrono::steady_clock::now() >= deadline) {
    if (in_flight_.load() != 0)
      spdlog::warn("{} requests still running after the grace period", in_flight_.load());
    for (auto& w : work_) w.reset();
    for (auto& c : contexts_) c->stop();
    return;
  }
  drain_timer_ = std::make_unique<asio::steady_timer>(*contexts_[0], std::chrono::milliseconds(20));
  drain_timer_->async_wait([this, deadline](beast::error_code) {
    CloseIdleSessions();  // connections that became idle since the last look
    WaitForDrain(deadline);
  });
}

Server::Server(ServerOptions options, const Router& router)
    : impl_(std::make_unique<Impl>(std::move(options), router)) {}
Server::~Server() = default;
Status Server::Listen() { return impl_->Listen(); }
int Server::port() const { return impl_->port(); }
void Server::Run() { impl_->Run(); }
void Server::Stop() { impl_->Stop(); }

}  // namespace quanke::http
