#include "domain/notify/hub.h"

#include <algorithm>

namespace quanke::notify {

Hub::Token Hub::Subscribe(Id tenant_id, Id user_id, std::function<void()> wake) {
  std::lock_guard lock(mu_);
  const Token token = next_++;
  const auto key = Key(tenant_id, user_id);
  by_user_[key].push_back({token, tenant_id, user_id, std::move(wake)});
  key_of_[token] = key;
  return token;
}

void Hub::Unsubscribe(Token token) {
  std::lock_guard lock(mu_);
  auto it = key_of_.find(token);
  if (it == key_of_.end()) return;
  auto& list = by_user_[it->second];
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Subscriber& s) { return s.token == token; }),
             list.end());
  if (list.empty()) by_user_.erase(it->second);
  key_of_.erase(it);
}

void Hub::Poke(Id tenant_id, Id user_id) {
  std::lock_guard lock(mu_);
  auto it = by_user_.find(Key(tenant_id, user_id));
  if (it == by_user_.end()) return;
  for (const auto& s : it->second)
    if (s.tenant_id == tenant_id && s.user_id == user_id) s.wake();
}

void Hub::PokeAll() {
  std::lock_guard lock(mu_);
  for (const auto& [key, list] : by_user_)
    for (const auto& s : list) s.wake();
}

std::size_t Hub::subscribers() const {
  std::lock_guard lock(mu_);
  return key_of_.size();
}

Hub& LiveHub() {
  static Hub hub;
  return hub;
}

Status PokeAfterCommit(storage::Connection& conn, Id tenant_id, Id user_id) {
  if (Status s = storage::Signal(conn, kPokeSignal, IdToString(tenant_id) + ":" + IdToString(user_id)); !s.ok())
    return s;
  conn.AfterCommit([tenant_id, user_id] { LiveHub().Poke(tenant_id, user_id); });
  return Status::Ok();
}

void FollowPokes(storage::Listener& listener, Hub& hub) {
  listener.On(std::string(kPokeSignal), [&hub](std::string_view args) {
    const auto ids = storage::SignalIds(args);
    if (ids.size() == 2) hub.Poke(ids[0], ids[1]);
  });
  listener.OnResync([&hub] { hub.PokeAll(); });
}

}  // namespace quanke::notify
