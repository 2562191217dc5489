#include "jobs/import_job.h"

#include <spdlog/spdlog.h>

namespace quanke::jobs {

Scheduler::Job ImportRunnerJob(imports::ImportService& imports, std::chrono::seconds every) {
  return {"imports", every, [&imports] {
            auto ran = imports.RunPending();
            if (!ran.ok())
              spdlog::error("import runner failed: {} {}", ran.status().code(), ran.status().message());
            else if (*ran > 0)
              spdlog::info("import runner finished {} jobs", *ran);
          }};
}

}  // namespace quanke::jobs
