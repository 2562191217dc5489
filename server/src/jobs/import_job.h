#pragma once

#include "domain/imports/import_service.h"
#include "jobs/scheduler.h"

namespace quanke::jobs {

// The import runner (docs/api-imports.md): every `every`, works through the queued import jobs
// one at a time (ImportService::RunPending). It runs on a scheduler of its own, so that a long
// import never delays the sweeps, and also with --sweep-check 0: a queued job is work someone asked
// for. Every node runs it; a job is claimed by one node at a time.
Scheduler::Job ImportRunnerJob(imports::ImportService& imports, std::chrono::seconds every);

}  // namespace quanke::jobs
