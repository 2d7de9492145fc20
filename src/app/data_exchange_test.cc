#include "app/data_exchange.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/test_store.h"

namespace lagom::app {
namespace {

TEST(DataExchange, NamesEveryImportableEntity) {
  std::vector<std::string> names = EntityNames();
  EXPECT_EQ(names.front(), "items");
  EXPECT_NE(std::find(names.begin(), names.end(), "supply-terms"), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), "users"), names.end());
}

// The API's entity lists read rows as the export writes them: references as codes, numbers
// as their CSV text, nothing stored as nullopt (JSON null), filtered and counted alike.
TEST(DataExchange, ReadsEntityRowsInTheExportLayout) {
  auto db = store::testing::FreshStore();
  store::testing::Load(*db, "locations",
                       "code,name,type,supplied_from,transfer_lead_time_days\n"
                       "DC,Central,dc,,2\n"
                       "S1,Shop,store,DC,1.5\n");
  const store::EntitySpec& locations = *store::FindEntity("locations");
  std::vector<EntityRow> rows;
  Status read =
      ReadEntityRows(*db, locations, {}, [&](const EntityRow& row) { rows.push_back(row); });
  ASSERT_TRUE(read.ok()) << read.error().message;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (EntityRow{"DC", "Central", "dc", std::nullopt, "2"}));
  EXPECT_EQ(rows[1], (EntityRow{"S1", "Shop", "store", "DC", "1.5"}));

  store::EntityQuery from_dc;
  from_dc.equals.emplace_back(&locations.fields[3], "DC");
  EXPECT_EQ(*app::CountEntityRows(*db, locations, from_dc), 1);
  EXPECT_EQ(*app::CountEntityRows(*db, locations, {}), 2);
}

}  // namespace
}  // namespace lagom::app
