#pragma once

namespace quanke::app {
inline constexpr const char* kVersion = "0.1.0";
}
