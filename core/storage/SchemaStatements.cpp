#include "storage/SchemaStatements.h"

namespace rk::schema {

namespace {

// Version 1: the project and its nine chapters. Frozen: never edit.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE project (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    gemeente TEXT NOT NULL CHECK (length(gemeente) BETWEEN 1 AND 200),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    start_year INTEGER NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    horizon_years INTEGER NOT NULL DEFAULT 3 CHECK (horizon_years BETWEEN 1 AND 10),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE chapter_state (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    chapter TEXT NOT NULL UNIQUE CHECK (chapter IN ('verkenning', 'plan_van_aanpak', 'commitment',
        'sterk_netwerk', 'monitoren_evalueren', 'bewustwording', 'preventie', 'signaleren_bespreken',
        'ondersteunen_activeren')),
    status INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 200000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql";

// Version 2: key/value facts about the file itself (for example where it was copied
// from, or that personal data was left out of a shared copy). Frozen: never edit.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE project_meta (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 100),
    value TEXT NOT NULL CHECK (length(value) <= 10000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql";

// Version 3: the chapter workbooks: answers to the guidance questions, checklist answers
// and the chapter tables. Frozen: never edit.
constexpr const char *kVersion3 = R"sql(
CREATE TABLE question_answer (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    chapter TEXT NOT NULL CHECK (length(chapter) BETWEEN 1 AND 40),
    question_key TEXT NOT NULL CHECK (length(question_key) BETWEEN 1 AND 40),
    answer TEXT NOT NULL DEFAULT '' CHECK (length(answer) <= 20000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (chapter, question_key)
);
CREATE TABLE checklist_answer (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    chapter TEXT NOT NULL CHECK (length(chapter) BETWEEN 1 AND 40),
    item_key TEXT NOT NULL CHECK (length(item_key) BETWEEN 1 AND 40),
    answer INTEGER NOT NULL DEFAULT 0 CHECK (answer BETWEEN 0 AND 4),
    comment TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (chapter, item_key)
);
CREATE TABLE local_figure (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    area TEXT NOT NULL DEFAULT '' CHECK (length(area) <= 500),
    subject TEXT NOT NULL DEFAULT '' CHECK (length(subject) <= 500),
    value REAL,
    unit TEXT NOT NULL DEFAULT '' CHECK (length(unit) <= 500),
    year INTEGER,
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE persona (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 500),
    age_group TEXT NOT NULL DEFAULT '' CHECK (length(age_group) <= 500),
    situation TEXT NOT NULL DEFAULT '' CHECK (length(situation) <= 5000),
    life_events TEXT NOT NULL DEFAULT '' CHECK (length(life_events) <= 5000),
    helps TEXT NOT NULL DEFAULT '' CHECK (length(helps) <= 5000),
    does_not_help TEXT NOT NULL DEFAULT '' CHECK (length(does_not_help) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE life_event_focus (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    life_event TEXT NOT NULL DEFAULT '' CHECK (length(life_event) <= 500),
    vindplaatsen TEXT NOT NULL DEFAULT '' CHECK (length(vindplaatsen) <= 5000),
    signallers TEXT NOT NULL DEFAULT '' CHECK (length(signallers) <= 5000),
    approach TEXT NOT NULL DEFAULT '' CHECK (length(approach) <= 5000),
    timing TEXT NOT NULL DEFAULT '' CHECK (length(timing) <= 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE campaign (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 500),
    audience INTEGER CHECK (audience IS NULL OR audience BETWEEN 0 AND 2),
    channels TEXT NOT NULL DEFAULT '' CHECK (length(channels) <= 500),
    start_date TEXT NOT NULL DEFAULT '' CHECK (length(start_date) <= 10),
    end_date TEXT NOT NULL DEFAULT '' CHECK (length(end_date) <= 10),
    message TEXT NOT NULL DEFAULT '' CHECK (length(message) <= 5000),
    result TEXT NOT NULL DEFAULT '' CHECK (length(result) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE signaller (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    who TEXT NOT NULL DEFAULT '' CHECK (length(who) <= 500),
    where_met TEXT NOT NULL DEFAULT '' CHECK (length(where_met) <= 5000),
    trained INTEGER NOT NULL DEFAULT 0 CHECK (trained IN (0, 1)),
    trained_on TEXT NOT NULL DEFAULT '' CHECK (length(trained_on) <= 10),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE meldpunt_count (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    period_start TEXT NOT NULL DEFAULT '' CHECK (length(period_start) <= 10),
    reports INTEGER CHECK (reports IS NULL OR reports >= 0),
    offers INTEGER CHECK (offers IS NULL OR offers >= 0),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE offer (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    activity TEXT NOT NULL DEFAULT '' CHECK (length(activity) <= 500),
    kind INTEGER CHECK (kind IS NULL OR kind BETWEEN 0 AND 6),
    for_whom TEXT NOT NULL DEFAULT '' CHECK (length(for_whom) <= 500),
    provider TEXT NOT NULL DEFAULT '' CHECK (length(provider) <= 500),
    reach INTEGER CHECK (reach IS NULL OR reach >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql";

// Version 4: goals with indicators and measurements, and activities. Frozen: never edit.
constexpr const char *kVersion4 = R"sql(
CREATE TABLE goal (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 500),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    target_group TEXT NOT NULL DEFAULT '' CHECK (length(target_group) <= 500),
    horizon_date TEXT NOT NULL DEFAULT '' CHECK (length(horizon_date) <= 10),
    status INTEGER CHECK (status IS NULL OR status BETWEEN 0 AND 3),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE indicator (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    goal_id TEXT NOT NULL CHECK (length(goal_id) = 36),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 500),
    unit INTEGER CHECK (unit IS NULL OR unit BETWEEN 0 AND 4),
    unit_label TEXT NOT NULL DEFAULT '' CHECK (length(unit_label) <= 500),
    direction INTEGER CHECK (direction IS NULL OR direction BETWEEN 0 AND 1),
    baseline_value REAL,
    baseline_date TEXT NOT NULL DEFAULT '' CHECK (length(baseline_date) <= 10),
    target_value REAL,
    target_date TEXT NOT NULL DEFAULT '' CHECK (length(target_date) <= 10),
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX indicator_goal ON indicator (goal_id);
CREATE TABLE measurement (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    indicator_id TEXT NOT NULL CHECK (length(indicator_id) = 36),
    position INTEGER NOT NULL,
    date TEXT NOT NULL DEFAULT '' CHECK (length(date) <= 10),
    value REAL,
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX measurement_indicator ON measurement (indicator_id, date);
CREATE TABLE activity (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 500),
    goal_id TEXT NOT NULL DEFAULT '' CHECK (length(goal_id) IN (0, 36)),
    chapter TEXT NOT NULL DEFAULT '' CHECK (length(chapter) <= 40),
    owner TEXT NOT NULL DEFAULT '' CHECK (length(owner) <= 500),
    start_date TEXT NOT NULL DEFAULT '' CHECK (length(start_date) <= 10),
    end_date TEXT NOT NULL DEFAULT '' CHECK (length(end_date) <= 10),
    status INTEGER CHECK (status IS NULL OR status BETWEEN 0 AND 3),
    budget REAL,
    target_group TEXT NOT NULL DEFAULT '' CHECK (length(target_group) <= 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql";

// Version 5: the network (organisations) and who contributes what to which goal; an
// activity's owner becomes an organisation. Frozen: never edit.
constexpr const char *kVersion5 = R"sql(
CREATE TABLE organisation (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 500),
    kind INTEGER CHECK (kind IS NULL OR kind BETWEEN 0 AND 15),
    roles TEXT NOT NULL DEFAULT '' CHECK (length(roles) <= 500),
    stage INTEGER CHECK (stage IS NULL OR stage BETWEEN 0 AND 4),
    stage_date TEXT NOT NULL DEFAULT '' CHECK (length(stage_date) <= 10),
    wijken TEXT NOT NULL DEFAULT '' CHECK (length(wijken) <= 500),
    contact_name TEXT NOT NULL DEFAULT '' CHECK (length(contact_name) <= 500),
    contact_function TEXT NOT NULL DEFAULT '' CHECK (length(contact_function) <= 500),
    contact_email TEXT NOT NULL DEFAULT '' CHECK (length(contact_email) <= 500),
    contact_phone TEXT NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 500),
    notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE contribution (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    organisation_id TEXT NOT NULL DEFAULT '' CHECK (length(organisation_id) IN (0, 36)),
    goal_id TEXT NOT NULL DEFAULT '' CHECK (length(goal_id) IN (0, 36)),
    what TEXT NOT NULL DEFAULT '' CHECK (length(what) <= 5000),
    agreed_on TEXT NOT NULL DEFAULT '' CHECK (length(agreed_on) <= 10),
    status INTEGER CHECK (status IS NULL OR status BETWEEN 0 AND 3),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contribution_goal ON contribution (goal_id);
CREATE INDEX contribution_organisation ON contribution (organisation_id);
ALTER TABLE activity ADD COLUMN owner_id TEXT NOT NULL DEFAULT '' CHECK (length(owner_id) IN (0, 36));
)sql";

// Version 6: monitoring with official figures. Measurements carry the bounds of their 95%
// interval; an indicator gets a cadence, the organisation that measures it and the key of the
// StatLine figures it was read from; reference values (the Netherlands, the GGD region,
// comparable municipalities, wijken and buurten) belong to an indicator; an activity names the
// area it aims at; a logbook holds dated notes on indicators and activities. Frozen: never edit.
constexpr const char *kVersion6 = R"sql(
ALTER TABLE indicator ADD COLUMN cadence INTEGER CHECK (cadence IS NULL OR cadence BETWEEN 0 AND 4);
ALTER TABLE indicator ADD COLUMN owner_id TEXT NOT NULL DEFAULT '' CHECK (length(owner_id) IN (0, 36));
ALTER TABLE indicator ADD COLUMN statline_key TEXT NOT NULL DEFAULT '' CHECK (length(statline_key) <= 500);
ALTER TABLE measurement ADD COLUMN lower REAL;
ALTER TABLE measurement ADD COLUMN upper REAL;
ALTER TABLE activity ADD COLUMN target_area TEXT NOT NULL DEFAULT '' CHECK (length(target_area) <= 500);
CREATE TABLE comparison (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    indicator_id TEXT NOT NULL CHECK (length(indicator_id) = 36),
    position INTEGER NOT NULL,
    area TEXT NOT NULL DEFAULT '' CHECK (length(area) <= 500),
    area_code TEXT NOT NULL DEFAULT '' CHECK (length(area_code) <= 500),
    area_kind INTEGER CHECK (area_kind IS NULL OR area_kind BETWEEN 0 AND 4),
    date TEXT NOT NULL DEFAULT '' CHECK (length(date) <= 10),
    value REAL,
    lower REAL,
    upper REAL,
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX comparison_indicator ON comparison (indicator_id);
CREATE TABLE log_entry (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    date TEXT NOT NULL DEFAULT '' CHECK (length(date) <= 10),
    indicator_id TEXT NOT NULL DEFAULT '' CHECK (length(indicator_id) IN (0, 36)),
    activity_id TEXT NOT NULL DEFAULT '' CHECK (length(activity_id) IN (0, 36)),
    text TEXT NOT NULL DEFAULT '' CHECK (length(text) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql";

// Version 7: who is in the coalition and what an indicator measures. An organisation gets a
// sector (filled from its kind where that says it), an indicator whether it follows the
// population or the approach's own outcome (the monitor's imported figures: the population).
// Frozen: never edit.
constexpr const char *kVersion7 = R"sql(
ALTER TABLE organisation ADD COLUMN sector INTEGER CHECK (sector IS NULL OR sector BETWEEN 0 AND 12);
ALTER TABLE indicator ADD COLUMN kind INTEGER CHECK (kind IS NULL OR kind BETWEEN 0 AND 1);
UPDATE organisation SET sector = CASE kind
    WHEN 0 THEN 12 WHEN 1 THEN 0 WHEN 2 THEN 1 WHEN 3 THEN 1 WHEN 4 THEN 4 WHEN 5 THEN 0 WHEN 6 THEN 6
    WHEN 7 THEN 7 WHEN 8 THEN 7 WHEN 9 THEN 5 WHEN 10 THEN 8 WHEN 11 THEN 9 WHEN 12 THEN 0 WHEN 13 THEN 10
    WHEN 14 THEN 11 END;
UPDATE indicator SET kind = 0 WHERE statline_key <> '';
)sql";

// Version 8: what works. The offer's kind mixed what an activity does with how it reaches
// people (a telephone circle filed as "online"): it gets a purpose and a channel instead, and
// the old column is emptied. The offer and the activities are tagged with the effective elements
// of loneliness interventions and the level of prevention they serve. Frozen: never edit.
constexpr const char *kVersion8 = R"sql(
ALTER TABLE offer ADD COLUMN purpose INTEGER CHECK (purpose IS NULL OR purpose BETWEEN 0 AND 5);
ALTER TABLE offer ADD COLUMN channel INTEGER CHECK (channel IS NULL OR channel BETWEEN 0 AND 3);
ALTER TABLE offer ADD COLUMN elements TEXT NOT NULL DEFAULT '' CHECK (length(elements) <= 500);
ALTER TABLE offer ADD COLUMN levels TEXT NOT NULL DEFAULT '' CHECK (length(levels) <= 500);
ALTER TABLE activity ADD COLUMN elements TEXT NOT NULL DEFAULT '' CHECK (length(elements) <= 500);
ALTER TABLE activity ADD COLUMN levels TEXT NOT NULL DEFAULT '' CHECK (length(levels) <= 500);
UPDATE offer SET purpose = CASE kind WHEN 0 THEN 0 WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 4 THEN 3 WHEN 5 THEN 4 WHEN 6 THEN 5 END,
    channel = CASE kind WHEN 3 THEN 2 END;
UPDATE offer SET kind = NULL WHERE kind IS NOT NULL;
)sql";

// Version 9: the cycle, year after year. The checklist is answered again each round: a closed
// round keeps its answers in checklist_round_answer (checklist_answer's UNIQUE (chapter,
// item_key) cannot hold more than one answer per item), the open round's answers stay in
// checklist_answer. The yearly planning holds the fixed moments of the year (the national week,
// the budget cycle, the monitor rounds). The money of the activities per year and funding source
// (budgeted, spent, committed), and the council's progress reports with what they say and ask.
// Frozen: never edit.
constexpr const char *kVersion9 = R"sql(
CREATE TABLE checklist_round (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 500),
    started TEXT NOT NULL DEFAULT '' CHECK (length(started) <= 10),
    closed TEXT NOT NULL DEFAULT '' CHECK (length(closed) <= 10),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE checklist_round_answer (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    round_id TEXT NOT NULL CHECK (length(round_id) = 36),
    position INTEGER NOT NULL,
    chapter TEXT NOT NULL DEFAULT '' CHECK (length(chapter) <= 40),
    item_key TEXT NOT NULL DEFAULT '' CHECK (length(item_key) <= 500),
    answer INTEGER CHECK (answer IS NULL OR answer BETWEEN 0 AND 3),
    comment TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX checklist_round_answer_round ON checklist_round_answer (round_id);
CREATE TABLE planning_moment (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 500),
    kind INTEGER CHECK (kind IS NULL OR kind BETWEEN 0 AND 7),
    date TEXT NOT NULL DEFAULT '' CHECK (length(date) <= 10),
    end_date TEXT NOT NULL DEFAULT '' CHECK (length(end_date) <= 10),
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE funding (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    activity_id TEXT NOT NULL DEFAULT '' CHECK (length(activity_id) IN (0, 36)),
    year INTEGER CHECK (year IS NULL OR year BETWEEN 1900 AND 2200),
    source INTEGER CHECK (source IS NULL OR source BETWEEN 0 AND 4),
    budgeted REAL,
    spent REAL,
    committed REAL,
    note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX funding_activity ON funding (activity_id);
CREATE TABLE council_report (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    position INTEGER NOT NULL,
    subject TEXT NOT NULL DEFAULT '' CHECK (length(subject) <= 500),
    date TEXT NOT NULL DEFAULT '' CHECK (length(date) <= 10),
    reference_date TEXT NOT NULL DEFAULT '' CHECK (length(reference_date) <= 10),
    kenmerk TEXT NOT NULL DEFAULT '' CHECK (length(kenmerk) <= 500),
    status INTEGER CHECK (status IS NULL OR status BETWEEN 0 AND 1),
    sender TEXT NOT NULL DEFAULT '' CHECK (length(sender) <= 500),
    department TEXT NOT NULL DEFAULT '' CHECK (length(department) <= 500),
    portfolio_holder TEXT NOT NULL DEFAULT '' CHECK (length(portfolio_holder) <= 500),
    key_messages TEXT NOT NULL DEFAULT '' CHECK (length(key_messages) <= 5000),
    ask_kind INTEGER CHECK (ask_kind IS NULL OR ask_kind BETWEEN 0 AND 2),
    ask TEXT NOT NULL DEFAULT '' CHECK (length(ask) <= 5000),
    lessons TEXT NOT NULL DEFAULT '' CHECK (length(lessons) <= 5000),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql";

// Version 10: the house style of the reports, with the project: a logo (PNG or SVG, at most
// 512 KB), the house colour, a font family, the sender and the department. Frozen: never edit.
constexpr const char *kVersion10 = R"sql(
ALTER TABLE project ADD COLUMN logo BLOB CHECK (logo IS NULL OR length(logo) <= 524288);
ALTER TABLE project ADD COLUMN logo_format TEXT CHECK (logo_format IS NULL OR logo_format IN ('png', 'svg'));
ALTER TABLE project ADD COLUMN house_colour TEXT NOT NULL DEFAULT '' CHECK (house_colour = '' OR
    (length(house_colour) = 7 AND house_colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'));
ALTER TABLE project ADD COLUMN house_font TEXT NOT NULL DEFAULT '' CHECK (length(house_font) <= 100);
ALTER TABLE project ADD COLUMN sender TEXT NOT NULL DEFAULT '' CHECK (length(sender) <= 200);
ALTER TABLE project ADD COLUMN department TEXT NOT NULL DEFAULT '' CHECK (length(department) <= 200);
)sql";

// Version 11: what the project sent out for sharing, so that a copy that comes back can be
// compared three ways (the copy as it was sent, theirs, mine). A share has an id, which the
// copy carries in its project_meta; the copy as sent is kept compressed in parts of at most
// 1 MB (every value of a connection is limited to 4 MB). Frozen: never edit.
constexpr const char *kVersion11 = R"sql(
CREATE TABLE share_sent (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    shared_at TEXT NOT NULL CHECK (length(shared_at) BETWEEN 1 AND 40),
    shared_by TEXT NOT NULL DEFAULT '' CHECK (length(shared_by) <= 200),
    shared_with TEXT NOT NULL DEFAULT '' CHECK (length(shared_with) <= 500),
    personal_data_removed INTEGER NOT NULL CHECK (personal_data_removed IN (0, 1)),
    parts INTEGER NOT NULL CHECK (parts BETWEEN 0 AND 64),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE share_sent_part (
    share_id TEXT NOT NULL CHECK (length(share_id) = 36),
    part INTEGER NOT NULL CHECK (part BETWEEN 0 AND 63),
    data BLOB NOT NULL CHECK (length(data) BETWEEN 1 AND 1048576),
    PRIMARY KEY (share_id, part)
);
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL CHECK (length(at) BETWEEN 1 AND 40),
    author TEXT NOT NULL DEFAULT '' CHECK (length(author) <= 200),
    step TEXT NOT NULL DEFAULT '' CHECK (length(step) <= 500),
    change TEXT NOT NULL CHECK (change IN ('added', 'changed', 'removed')),
    chapter TEXT NOT NULL DEFAULT '' CHECK (length(chapter) <= 40),
    target TEXT NOT NULL CHECK (length(target) BETWEEN 1 AND 40),
    record TEXT NOT NULL DEFAULT '' CHECK (length(record) <= 100),
    field TEXT NOT NULL DEFAULT '' CHECK (length(field) <= 100),
    old_value TEXT NOT NULL DEFAULT '' CHECK (length(old_value) <= 2000),
    new_value TEXT NOT NULL DEFAULT '' CHECK (length(new_value) <= 2000)
);
CREATE INDEX change_log_record ON change_log (record);
)sql";

} // namespace

const char *versionStatements(int version)
{
    switch (version) {
    case 1:
        return kVersion1;
    case 2:
        return kVersion2;
    case 3:
        return kVersion3;
    case 4:
        return kVersion4;
    case 5:
        return kVersion5;
    case 6:
        return kVersion6;
    case 7:
        return kVersion7;
    case 8:
        return kVersion8;
    case 9:
        return kVersion9;
    case 10:
        return kVersion10;
    case 11:
        return kVersion11;
    default:
        return nullptr;
    }
}

} // namespace rk::schema
