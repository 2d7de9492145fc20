#include "engine/plan/policy_resolution.h"

#include <gtest/gtest.h>

namespace lagom::plan {
namespace {

TEST(PolicyResolution, EachLevelOverridesTheOneBelowFieldByField) {
  PolicySettings company;  // fill-rate 0.95, cover 1, review 1, auto
  PolicyLayers layers;
  layers.class_target =
      PolicyLayer{.service_kind = ServiceKind::kCycleService, .service_target = 0.98};
  layers.service_class = "AX";
  layers.item.service_target = 0.97;  // the item's row beats the class target
  layers.item.order_rule = OrderRule::kEoq;
  layers.stock_point.order_rule = OrderRule::kUpTo;  // and the stock point's beats the item's
  ResolvedPolicy r = ResolvePolicy(company, layers);
  EXPECT_EQ(r.settings.service_kind, ServiceKind::kCycleService);  // class
  EXPECT_DOUBLE_EQ(r.settings.service_target, 0.97);               // item
  EXPECT_EQ(r.settings.order_rule, OrderRule::kUpTo);              // stock point
  EXPECT_DOUBLE_EQ(r.settings.review_periods, 1.0);                // company
  EXPECT_EQ(r.level[0], PolicyLevel::kClass);
  EXPECT_EQ(r.level[1], PolicyLevel::kItem);
  EXPECT_EQ(r.level[2], PolicyLevel::kStockPoint);
  EXPECT_EQ(r.level[5], PolicyLevel::kCompany);
  EXPECT_EQ(PolicyLevelText(r.level[0], r.service_class), "class AX target");
}

TEST(PolicyResolution, WithoutRowsTheCompanyDefaultsHold) {
  PolicySettings company{.service_kind = ServiceKind::kDaysOfCover, .service_target = 2};
  ResolvedPolicy r = ResolvePolicy(company, {});
  EXPECT_EQ(r.settings.service_kind, ServiceKind::kDaysOfCover);
  EXPECT_DOUBLE_EQ(r.settings.service_target, 2.0);
  EXPECT_TRUE(r.service_class.empty());
  for (PolicyLevel level : r.level) EXPECT_EQ(level, PolicyLevel::kCompany);
}

}  // namespace
}  // namespace lagom::plan
