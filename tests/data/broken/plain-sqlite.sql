-- base: empty
-- expect: OtherApplication
CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL);
INSERT INTO invoices (amount) VALUES (12.5);
