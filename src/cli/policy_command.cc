// `lagom policy <model> [--<param> <value> …]`: one inventory model of engine/policy on the
// command line, printed as one JSON object (`--explain` adds the method and intermediate
// numbers under "explanation"). Bad parameters exit with code 2; NaN is never printed.
#include <cmath>
#include <iostream>

#include "cli/commands.h"
#include "cli/policy_models.h"

namespace lagom::cli {

namespace {

nlohmann::ordered_json TermsJson(const policy::TermList& terms) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const policy::Term& term : terms.terms()) {
    if (std::isfinite(term.value)) out[term.name] = term.value;
  }
  return out;
}

bool AllFinite(const nlohmann::ordered_json& value) {
  if (value.is_number_float()) return std::isfinite(value.get<double>());
  if (!value.is_structured()) return true;
  for (const auto& item : value) {
    if (!AllFinite(item)) return false;
  }
  return true;
}

int RunModel(const PolicyModel& model, const PolicyArgs& args) {
  if (Status finite = CheckFinite(args); !finite) return ReportError("policy", finite.error());
  auto output = model.run(args);
  if (!output) return ReportError("policy", output.error());
  if (!AllFinite(output->values)) {
    return ReportError("policy", Error{ErrorCode::kInternal, "the model gave a non-finite result"});
  }
  if (args.explain) {
    const policy::Explanation& e = output->explanation;
    output->values["explanation"] = {
        {"method", e.method}, {"inputs", TermsJson(e.inputs)}, {"steps", TermsJson(e.steps)}};
  }
  std::cout << output->values.dump() << "\n";
  return kOk;
}

void AddModel(CLI::App& verb, const PolicyModel& model, std::shared_ptr<PolicyArgs> args,
              Action& chosen) {
  CLI::App* sub = verb.add_subcommand(model.name, model.description);
  model.add_options(*sub, *args);
  sub->add_flag("--explain", args->explain, "Add the method and intermediate numbers");
  sub->callback(
      [args, &model, &chosen] { chosen = [args, &model] { return RunModel(model, *args); }; });
}

}  // namespace

void AddPolicyCommand(CLI::App& app, Action& chosen) {
  auto args = std::make_shared<PolicyArgs>();
  CLI::App* verb = app.add_subcommand(
      "policy",
      "Compute one inventory model (EOQ, newsvendor, (r,Q), (s,S), safety stock …) "
      "and print it as JSON");
  verb->require_subcommand(1);
  for (const PolicyModel& model : DeterministicModels()) AddModel(*verb, model, args, chosen);
  for (const PolicyModel& model : StochasticModels()) AddModel(*verb, model, args, chosen);
}

}  // namespace lagom::cli
