// Every verb of `lagom`, in the order `lagom --help` lists them.
#pragma once

#include <array>

#include "apps/lagom/cli.h"

namespace lagom::cli {

void AddDemoCommand(CLI::App& app, Action& chosen);
void AddInitCommand(CLI::App& app, Action& chosen);
void AddImportCommand(CLI::App& app, Action& chosen);
void AddExportCommand(CLI::App& app, Action& chosen);
void AddPlanCommand(CLI::App& app, Action& chosen);
void AddServeCommand(CLI::App& app, Action& chosen);
void AddUserCommand(CLI::App& app, Action& chosen);
void AddPolicyCommand(CLI::App& app, Action& chosen);
void AddProposalsCommand(CLI::App& app, Action& chosen);
void AddSettingsCommand(CLI::App& app, Action& chosen);
void AddGenerateCommand(CLI::App& app, Action& chosen);
void AddForecastCommand(CLI::App& app, Action& chosen);
void AddClassifyCommand(CLI::App& app, Action& chosen);
void AddAlertsCommand(CLI::App& app, Action& chosen);
void AddCountsCommand(CLI::App& app, Action& chosen);

inline constexpr std::array<Registrar, 15> kAllCommands = {
    &AddDemoCommand,     &AddInitCommand,     &AddImportCommand, &AddExportCommand,
    &AddPlanCommand,     &AddForecastCommand, &AddPolicyCommand, &AddProposalsCommand,
    &AddClassifyCommand, &AddAlertsCommand,   &AddCountsCommand, &AddSettingsCommand,
    &AddGenerateCommand, &AddServeCommand,    &AddUserCommand,
};

}  // namespace lagom::cli
