// The stock ledger migration (number 6 in schema.cc). Never edit it once released; add a migration.
//
// `movements` is the ledger: immutable rows (triggers refuse UPDATE and DELETE), each the
// `line`-th movement of the operation its idempotency `key` names. `balances` caches on hand
// and in transit per item@location@lot; triggers keep it in step with every inserted
// movement in the same transaction, whatever path inserts it (use case, CSV import, stock
// snapshot), and refuse a movement that would take on hand or in transit below zero.
// `lagom check` recomputes the balances from the movements to prove they reconcile.
// Units as in schema.cc: quantities in milli-units, money in 1/10000, dates 'YYYY-MM-DD'.
#include "store/schema_ledger.h"

namespace lagom::store {

namespace {

constexpr std::string_view kSql = R"sql(
ALTER TABLE items ADD COLUMN gtin TEXT;
ALTER TABLE items ADD COLUMN valuation TEXT
  CHECK (valuation IN ('fifo', 'lifo', 'lifo-periodic', 'wac'));
CREATE UNIQUE INDEX items_gtin ON items (gtin) WHERE gtin IS NOT NULL;
ALTER TABLE stock ADD COLUMN as_of TEXT;

CREATE TABLE lots (
  id      INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items (id),
  code    TEXT NOT NULL CHECK (code <> ''),
  expiry  TEXT,
  UNIQUE (item_id, code)
);

CREATE TABLE reservations (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  channel     TEXT NOT NULL DEFAULT '',
  order_ref   TEXT NOT NULL DEFAULT '',
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  date        TEXT NOT NULL,
  requested   INTEGER NOT NULL CHECK (requested > 0),
  promised    INTEGER NOT NULL CHECK (promised >= 0),
  backordered INTEGER NOT NULL DEFAULT 0 CHECK (backordered >= 0),
  open        INTEGER NOT NULL CHECK (open >= 0 AND open <= promised),
  fulfilled   INTEGER NOT NULL DEFAULT 0 CHECK (fulfilled >= 0),
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'released', 'fulfilled')),
  user        TEXT NOT NULL DEFAULT '',
  CHECK (promised + backordered = requested)
);
CREATE INDEX reservations_open ON reservations (item_id, location_id) WHERE status = 'open';

CREATE TABLE movements (
  id                INTEGER PRIMARY KEY,
  key               TEXT NOT NULL CHECK (key <> ''),
  line              INTEGER NOT NULL DEFAULT 1 CHECK (line > 0),
  type              TEXT NOT NULL CHECK (type IN ('opening', 'receipt', 'sale', 'issue',
                      'transfer-out', 'transfer-in', 'adjustment', 'count', 'scrap', 'consume',
                      'produce', 'return', 'write-down')),
  date              TEXT NOT NULL,
  item_id           INTEGER NOT NULL REFERENCES items (id),
  location_id       INTEGER NOT NULL REFERENCES locations (id),
  lot               TEXT NOT NULL DEFAULT '',
  expiry            TEXT,
  quantity          INTEGER NOT NULL,
  unit_cost         INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
  amount            INTEGER NOT NULL DEFAULT 0,
  price             INTEGER,
  other_location_id INTEGER REFERENCES locations (id),
  reservation_id    INTEGER REFERENCES reservations (id),
  reference         TEXT NOT NULL DEFAULT '',
  user              TEXT NOT NULL DEFAULT '',
  posted_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (key, line)
);
CREATE INDEX movements_item_date ON movements (item_id, date, id);

CREATE TABLE balances (
  item_id     INTEGER NOT NULL REFERENCES items (id),
  location_id INTEGER NOT NULL REFERENCES locations (id),
  lot         TEXT NOT NULL,
  on_hand     INTEGER NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
  in_transit  INTEGER NOT NULL DEFAULT 0 CHECK (in_transit >= 0),
  first_in    TEXT,
  PRIMARY KEY (item_id, location_id, lot)
) WITHOUT ROWID;

CREATE TABLE counts (
  id              INTEGER PRIMARY KEY,
  key             TEXT NOT NULL UNIQUE,
  date            TEXT NOT NULL,
  item_id         INTEGER NOT NULL REFERENCES items (id),
  location_id     INTEGER NOT NULL REFERENCES locations (id),
  lot             TEXT NOT NULL DEFAULT '',
  system_quantity INTEGER NOT NULL,
  counted         INTEGER NOT NULL CHECK (counted >= 0),
  movement_id     INTEGER REFERENCES movements (id),
  user            TEXT NOT NULL DEFAULT ''
);

-- One row per receipt against a purchase order line, with the line's promise as it stood
-- then (a later import may move the due date): supplier on-time-in-full and lead time.
CREATE TABLE receipts (
  id          INTEGER PRIMARY KEY,
  movement_id INTEGER NOT NULL UNIQUE REFERENCES movements (id),
  po_line_id  INTEGER NOT NULL REFERENCES purchase_orders (id),
  supplier_id INTEGER NOT NULL REFERENCES suppliers (id),
  date        TEXT NOT NULL,
  quantity    INTEGER NOT NULL,
  ordered     INTEGER NOT NULL,
  received_before INTEGER NOT NULL,
  closes_line INTEGER NOT NULL DEFAULT 0 CHECK (closes_line IN (0, 1)),
  order_date  TEXT,
  due_date    TEXT NOT NULL
);

CREATE TRIGGER movements_immutable_update BEFORE UPDATE ON movements
BEGIN SELECT RAISE(ABORT, 'movements are immutable: post a correcting movement'); END;
CREATE TRIGGER movements_immutable_delete BEFORE DELETE ON movements
BEGIN SELECT RAISE(ABORT, 'movements are immutable: post a correcting movement'); END;

CREATE TRIGGER movements_expiry_needs_lot BEFORE INSERT ON movements
WHEN NEW.expiry IS NOT NULL AND NEW.lot = ''
BEGIN SELECT RAISE(ABORT, 'an expiry date needs a lot'); END;
CREATE TRIGGER movements_expiry_agrees BEFORE INSERT ON movements
WHEN NEW.expiry IS NOT NULL AND EXISTS (SELECT 1 FROM lots WHERE item_id = NEW.item_id
     AND code = NEW.lot AND expiry IS NOT NULL AND expiry <> NEW.expiry)
BEGIN SELECT RAISE(ABORT, 'the lot already has another expiry date'); END;
CREATE TRIGGER movements_on_hand BEFORE INSERT ON movements
WHEN NEW.quantity < 0 AND COALESCE((SELECT on_hand FROM balances WHERE item_id = NEW.item_id
     AND location_id = NEW.location_id AND lot = NEW.lot), 0) + NEW.quantity < 0
BEGIN SELECT RAISE(ABORT, 'insufficient stock: on hand would go below zero'); END;
CREATE TRIGGER movements_in_transit BEFORE INSERT ON movements
WHEN NEW.type = 'transfer-in' AND COALESCE((SELECT in_transit FROM balances
     WHERE item_id = NEW.item_id AND location_id = NEW.location_id AND lot = NEW.lot), 0)
     < NEW.quantity
BEGIN SELECT RAISE(ABORT, 'less than that is in transit to this location'); END;

-- SQLite runs the BEFORE triggers last-created first: the plainest rules (sign by type)
-- come last so that they answer first.
CREATE TRIGGER movements_need_positive BEFORE INSERT ON movements
WHEN NEW.type IN ('receipt', 'transfer-in', 'produce', 'return') AND NEW.quantity <= 0
BEGIN SELECT RAISE(ABORT, 'receipts, transfers in, production output and returns need a quantity above zero'); END;
CREATE TRIGGER movements_need_negative BEFORE INSERT ON movements
WHEN NEW.type IN ('sale', 'issue', 'transfer-out', 'scrap', 'consume') AND NEW.quantity >= 0
BEGIN SELECT RAISE(ABORT, 'sales, issues, transfers out, scrap and consumption need a quantity below zero (stock going out)'); END;
CREATE TRIGGER movements_need_nonzero BEFORE INSERT ON movements
WHEN NEW.type IN ('opening', 'adjustment', 'count') AND NEW.quantity = 0
BEGIN SELECT RAISE(ABORT, 'an opening balance, adjustment or count difference must not be zero'); END;
CREATE TRIGGER movements_write_down BEFORE INSERT ON movements
WHEN (NEW.type = 'write-down') <> (NEW.quantity = 0 AND NEW.amount > 0)
BEGIN SELECT RAISE(ABORT, 'a write-down has quantity 0 and an amount above zero; other movements have no amount'); END;
CREATE TRIGGER movements_transfer BEFORE INSERT ON movements
WHEN (NEW.type IN ('transfer-out', 'transfer-in'))
     <> (NEW.other_location_id IS NOT NULL AND NEW.other_location_id <> NEW.location_id)
BEGIN SELECT RAISE(ABORT, 'a transfer, and only a transfer, names another location'); END;
CREATE TRIGGER movements_balance AFTER INSERT ON movements
BEGIN
  INSERT OR IGNORE INTO balances (item_id, location_id, lot)
  VALUES (NEW.item_id, NEW.location_id, NEW.lot);
  UPDATE balances SET on_hand = on_hand + NEW.quantity,
    in_transit = in_transit - (CASE WHEN NEW.type = 'transfer-in' THEN NEW.quantity ELSE 0 END),
    first_in = CASE WHEN NEW.quantity > 0 AND (first_in IS NULL OR NEW.date < first_in)
                    THEN NEW.date ELSE first_in END
  WHERE item_id = NEW.item_id AND location_id = NEW.location_id AND lot = NEW.lot;
  INSERT OR IGNORE INTO balances (item_id, location_id, lot)
  SELECT NEW.item_id, NEW.other_location_id, NEW.lot WHERE NEW.type = 'transfer-out';
  UPDATE balances SET in_transit = in_transit - NEW.quantity
  WHERE NEW.type = 'transfer-out' AND item_id = NEW.item_id
    AND location_id = NEW.other_location_id AND lot = NEW.lot;
  INSERT OR IGNORE INTO lots (item_id, code, expiry)
  SELECT NEW.item_id, NEW.lot, NEW.expiry WHERE NEW.lot <> '';
  UPDATE lots SET expiry = NEW.expiry
  WHERE NEW.expiry IS NOT NULL AND expiry IS NULL AND item_id = NEW.item_id AND code = NEW.lot;
END;

-- The stock snapshot imported so far becomes opening balances.
INSERT INTO movements (key, type, date, item_id, location_id, lot, expiry, quantity, unit_cost,
                       reference)
SELECT 'stock-snapshot/' || i.code || '/' || l.code || '/' || s.lot || '/' || date('now'),
       'opening', date('now'), s.item_id, s.location_id, s.lot,
       CASE WHEN s.lot = '' THEN NULL ELSE s.expiry END, s.quantity, i.unit_cost, 'stock snapshot'
FROM stock s JOIN items i ON i.id = s.item_id JOIN locations l ON l.id = s.location_id
WHERE s.quantity <> 0;
)sql";

// The same rules for PostgreSQL, in one function per event. The BEFORE INSERT checks run in
// the order SQLite runs the triggers above (last created first), so a movement that breaks
// several rules is refused with the same message on both backends.
constexpr std::string_view kPostgresTriggers = R"sql(
CREATE FUNCTION movements_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'movements are immutable: post a correcting movement'
    USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER movements_immutable BEFORE UPDATE OR DELETE ON movements
FOR EACH ROW EXECUTE FUNCTION movements_immutable();

CREATE FUNCTION movements_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  message text;
BEGIN
  IF (NEW.type IN ('transfer-out', 'transfer-in'))
     <> (NEW.other_location_id IS NOT NULL AND NEW.other_location_id <> NEW.location_id) THEN
    message := 'a transfer, and only a transfer, names another location';
  ELSIF (NEW.type = 'write-down') <> (NEW.quantity = 0 AND NEW.amount > 0) THEN
    message := 'a write-down has quantity 0 and an amount above zero; other movements have no amount';
  ELSIF NEW.type IN ('opening', 'adjustment', 'count') AND NEW.quantity = 0 THEN
    message := 'an opening balance, adjustment or count difference must not be zero';
  ELSIF NEW.type IN ('sale', 'issue', 'transfer-out', 'scrap', 'consume') AND NEW.quantity >= 0 THEN
    message := 'sales, issues, transfers out, scrap and consumption need a quantity below zero (stock going out)';
  ELSIF NEW.type IN ('receipt', 'transfer-in', 'produce', 'return') AND NEW.quantity <= 0 THEN
    message := 'receipts, transfers in, production output and returns need a quantity above zero';
  ELSIF NEW.type = 'transfer-in' AND COALESCE((SELECT in_transit FROM balances
        WHERE item_id = NEW.item_id AND location_id = NEW.location_id AND lot = NEW.lot), 0)
        < NEW.quantity THEN
    message := 'less than that is in transit to this location';
  ELSIF NEW.quantity < 0 AND COALESCE((SELECT on_hand FROM balances WHERE item_id = NEW.item_id
        AND location_id = NEW.location_id AND lot = NEW.lot), 0) + NEW.quantity < 0 THEN
    message := 'insufficient stock: on hand would go below zero';
  ELSIF NEW.expiry IS NOT NULL AND EXISTS (SELECT 1 FROM lots WHERE item_id = NEW.item_id
        AND code = NEW.lot AND expiry IS NOT NULL AND expiry <> NEW.expiry) THEN
    message := 'the lot already has another expiry date';
  ELSIF NEW.expiry IS NOT NULL AND NEW.lot = '' THEN
    message := 'an expiry date needs a lot';
  END IF;
  IF message IS NOT NULL THEN
    RAISE EXCEPTION '%', message USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER movements_check BEFORE INSERT ON movements
FOR EACH ROW EXECUTE FUNCTION movements_check();

CREATE FUNCTION movements_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO balances (item_id, location_id, lot)
  VALUES (NEW.item_id, NEW.location_id, NEW.lot) ON CONFLICT DO NOTHING;
  UPDATE balances SET on_hand = on_hand + NEW.quantity,
    in_transit = in_transit - (CASE WHEN NEW.type = 'transfer-in' THEN NEW.quantity ELSE 0 END),
    first_in = CASE WHEN NEW.quantity > 0 AND (first_in IS NULL OR NEW.date < first_in)
                    THEN NEW.date ELSE first_in END
  WHERE item_id = NEW.item_id AND location_id = NEW.location_id AND lot = NEW.lot;
  IF NEW.type = 'transfer-out' THEN
    INSERT INTO balances (item_id, location_id, lot)
    VALUES (NEW.item_id, NEW.other_location_id, NEW.lot) ON CONFLICT DO NOTHING;
    UPDATE balances SET in_transit = in_transit - NEW.quantity
    WHERE item_id = NEW.item_id AND location_id = NEW.other_location_id AND lot = NEW.lot;
  END IF;
  IF NEW.lot <> '' THEN
    INSERT INTO lots (item_id, code, expiry) VALUES (NEW.item_id, NEW.lot, NEW.expiry)
    ON CONFLICT DO NOTHING;
  END IF;
  UPDATE lots SET expiry = NEW.expiry
  WHERE NEW.expiry IS NOT NULL AND expiry IS NULL AND item_id = NEW.item_id AND code = NEW.lot;
  RETURN NULL;
END $$;
CREATE TRIGGER movements_balance AFTER INSERT ON movements
FOR EACH ROW EXECUTE FUNCTION movements_balance();
)sql";

}  // namespace

std::string_view LedgerSchemaSql() {
  return kSql;
}

std::string_view LedgerPostgresTriggersSql() {
  return kPostgresTriggers;
}

}  // namespace lagom::store
