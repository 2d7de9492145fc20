// Every verb of `lagom`, in the order `lagom --help` lists them.
#pragma once

#include <array>

#include "cli/cli.h"

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
void AddForecastVersionsCommand(CLI::App& app, Action& chosen);
void AddAccuracyCommand(CLI::App& app, Action& chosen);
void AddReceiveCommand(CLI::App& app, Action& chosen);
void AddMoveCommand(CLI::App& app, Action& chosen);
void AddCountCommand(CLI::App& app, Action& chosen);
void AddReserveCommand(CLI::App& app, Action& chosen);
void AddValueCommand(CLI::App& app, Action& chosen);
void AddKpiCommand(CLI::App& app, Action& chosen);
void AddCheckCommand(CLI::App& app, Action& chosen);
void AddSimulateCommand(CLI::App& app, Action& chosen);

void AddClassifyCommand(CLI::App& app, Action& chosen);
void AddAlertsCommand(CLI::App& app, Action& chosen);
void AddCountsCommand(CLI::App& app, Action& chosen);
void AddMrpCommand(CLI::App& app, Action& chosen);
void AddPeggingCommand(CLI::App& app, Action& chosen);
void AddProductionCommand(CLI::App& app, Action& chosen);
void AddKanbanCommand(CLI::App& app, Action& chosen);
void AddScanCommand(CLI::App& app, Action& chosen);
void AddSyncCommand(CLI::App& app, Action& chosen);
void AddWebhooksCommand(CLI::App& app, Action& chosen);

inline constexpr std::array<Registrar, 32> kAllCommands = {
    &AddDemoCommand,      &AddInitCommand,       &AddImportCommand,
    &AddExportCommand,    &AddPlanCommand,       &AddMrpCommand,
    &AddPeggingCommand,   &AddForecastCommand,   &AddForecastVersionsCommand,
    &AddAccuracyCommand,  &AddSimulateCommand,   &AddPolicyCommand,
    &AddProposalsCommand, &AddClassifyCommand,   &AddAlertsCommand,
    &AddCountsCommand,    &AddProductionCommand, &AddKanbanCommand,
    &AddScanCommand,      &AddReceiveCommand,    &AddMoveCommand,
    &AddCountCommand,     &AddReserveCommand,    &AddValueCommand,
    &AddKpiCommand,       &AddCheckCommand,      &AddSyncCommand,
    &AddWebhooksCommand,  &AddSettingsCommand,   &AddGenerateCommand,
    &AddServeCommand,     &AddUserCommand,
};

}  // namespace lagom::cli
