using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AfterSales.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The counts behind K1–K3 per unit and day (the day the call was received, in the unit's calendar),
    /// by zone and by technician, kept by triggers in the transaction of whatever changes a call, a survey
    /// card or a complaint, so a report read right after a command reflects it. What each record counts is
    /// written once, in the kpi_*_row functions, and used both by the triggers and by kpi_rebuild (the
    /// data generator's bulk load, a change of a unit's time zone). See docs/architecture.md, "Performance".
    /// </summary>
    public partial class KpiDailyCounts : Migration
    {
        private const string Counters = "on_time, late_settled, not_cancelled, satisfied_items, answered_items, satisfied_cards, answered_cards, returned_cards, sent_cards, fault_complaints, unjudged_complaints";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            var columns = string.Join(",\n", Counters.Split(", ").Select(c => $"    {c} bigint NOT NULL DEFAULT 0"));
            var sums = string.Join(", ", Counters.Split(", ").Select(c => $"sum(r.{c})"));
            var adds = string.Join(", ", Counters.Split(", ").Select(c => $"{c} = k.{c} + EXCLUDED.{c}"));
            var signed = string.Join(", ", Counters.Split(", ").Select(c => $"p_sign * r.{c}"));

            migrationBuilder.Sql($"""
                CREATE TABLE kpi_days (
                    unit_id uuid NOT NULL,
                    day date NOT NULL,
                    zone varchar(16) NOT NULL,
                {columns},
                    PRIMARY KEY (unit_id, day, zone));
                CREATE TABLE kpi_technician_days (
                    unit_id uuid NOT NULL,
                    day date NOT NULL,
                    -- The nil id for calls and cards no technician reached ("unassigned").
                    technician_id uuid NOT NULL,
                {columns},
                    PRIMARY KEY (unit_id, day, technician_id));

                -- One record's place (unit, instant of its call, zone, technician) and what it counts.
                CREATE TYPE kpi_row AS (
                    unit_id uuid, counted_at timestamptz, zone varchar(16), technician_id uuid,
                    {string.Join(", ", Counters.Split(", ").Select(c => $"{c} int"))});

                -- K1 (OnTimePolicy): reached by the deadline; late once reached after it or cancelled only after it.
                -- A call not yet reached becomes late by time alone: the reports count those live from the open calls.
                CREATE FUNCTION kpi_call_row(c repair_calls) RETURNS kpi_row LANGUAGE sql IMMUTABLE AS $$
                    SELECT ROW(c.unit_id, c.received_at, c.zone, c.technician_id,
                        (c.deadline_met IS TRUE)::int,
                        (c.deadline_met IS FALSE OR (c.deadline_met IS NULL AND c.status = 'Cancelled' AND c.closed_at > c.dispatch_deadline))::int,
                        (c.status <> 'Cancelled')::int,
                        0, 0, 0, 0, 0, 0, 0, 0)::kpi_row
                $$;

                -- K2: the answer as it stands (the last A3 correction's, or the one keyed in); items not answered are left out.
                CREATE FUNCTION kpi_card_row(s survey_cards) RETURNS kpi_row LANGUAGE sql STABLE AS $$
                    WITH a AS (
                        SELECT COALESCE(s.corrections -> -1 -> 'response', s.response) AS answer),
                    n AS (
                        SELECT COALESCE((answer ->> 'attitude' IN ('VerySatisfied', 'Satisfied'))::int + (answer ->> 'technicalSkill' IN ('VerySatisfied', 'Satisfied'))::int
                                      + (answer ->> 'arrivalTime' IN ('VerySatisfied', 'Satisfied'))::int + (answer ->> 'followThrough' IN ('VerySatisfied', 'Satisfied'))::int, 0) AS satisfied,
                               COALESCE((answer ->> 'attitude' <> 'NotAnswered')::int + (answer ->> 'technicalSkill' <> 'NotAnswered')::int
                                      + (answer ->> 'arrivalTime' <> 'NotAnswered')::int + (answer ->> 'followThrough' <> 'NotAnswered')::int, 0) AS answered
                        FROM a)
                    SELECT ROW(s.unit_id, c.received_at, c.zone, s.technician_id,
                        0, 0, 0,
                        n.satisfied, n.answered, (n.answered > 0 AND n.satisfied = n.answered)::int, (n.answered > 0)::int,
                        (s.response IS NOT NULL)::int, (s.sent_at IS NOT NULL)::int,
                        0, 0)::kpi_row
                    FROM repair_calls c, n
                    WHERE c.id = s.call_id
                $$;

                -- K3: closed and found to be the service's fault; not closed yet is shown apart. A complaint about
                -- a call counts on the call's day and zone, one without a call on its own day and the customer's zone.
                CREATE FUNCTION kpi_complaint_row(p complaints) RETURNS kpi_row LANGUAGE sql STABLE AS $$
                    SELECT ROW(p.unit_id, COALESCE(c.received_at, p.received_at), COALESCE(c.zone, k.zone), p.technician_id,
                        0, 0, 0, 0, 0, 0, 0, 0, 0,
                        (p.status = 'Closed' AND COALESCE((p.finding ->> 'serviceFault')::boolean, false))::int,
                        (p.status <> 'Closed')::int)::kpi_row
                    FROM customers k
                    LEFT JOIN repair_calls c ON c.id = p.call_id
                    WHERE k.id = p.customer_id
                $$;

                CREATE FUNCTION kpi_add(r kpi_row, p_sign int) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    v_day date;
                BEGIN
                    IF r.unit_id IS NULL OR ({string.Join(" + ", Counters.Split(", ").Select(c => $"r.{c}"))}) = 0 THEN
                        RETURN;
                    END IF;
                    v_day := (r.counted_at AT TIME ZONE (SELECT u.calendar ->> 'timeZone' FROM service_units u WHERE u.id = r.unit_id))::date;
                    INSERT INTO kpi_days AS k (unit_id, day, zone, {Counters})
                    VALUES (r.unit_id, v_day, r.zone, {signed})
                    ON CONFLICT (unit_id, day, zone) DO UPDATE SET {adds};
                    INSERT INTO kpi_technician_days AS k (unit_id, day, technician_id, {Counters})
                    VALUES (r.unit_id, v_day, COALESCE(r.technician_id, '00000000-0000-0000-0000-000000000000'), {signed})
                    ON CONFLICT (unit_id, day, technician_id) DO UPDATE SET {adds};
                END
                $$;

                CREATE FUNCTION kpi_on_call() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN PERFORM kpi_add(kpi_call_row(OLD), -1); END IF;
                    IF TG_OP <> 'DELETE' THEN PERFORM kpi_add(kpi_call_row(NEW), 1); END IF;
                    RETURN NULL;
                END
                $$;
                CREATE FUNCTION kpi_on_card() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN PERFORM kpi_add(kpi_card_row(OLD), -1); END IF;
                    IF TG_OP <> 'DELETE' THEN PERFORM kpi_add(kpi_card_row(NEW), 1); END IF;
                    RETURN NULL;
                END
                $$;
                CREATE FUNCTION kpi_on_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN PERFORM kpi_add(kpi_complaint_row(OLD), -1); END IF;
                    IF TG_OP <> 'DELETE' THEN PERFORM kpi_add(kpi_complaint_row(NEW), 1); END IF;
                    RETURN NULL;
                END
                $$;

                -- Only changes that move a count fire (EF updates only the columns that changed).
                CREATE TRIGGER kpi_calls AFTER INSERT OR DELETE OR UPDATE OF deadline_met, status, closed_at, technician_id, dispatch_deadline, zone, received_at
                    ON repair_calls FOR EACH ROW EXECUTE FUNCTION kpi_on_call();
                CREATE TRIGGER kpi_survey_cards AFTER INSERT OR DELETE OR UPDATE OF response, corrections, sent_at, technician_id
                    ON survey_cards FOR EACH ROW EXECUTE FUNCTION kpi_on_card();
                CREATE TRIGGER kpi_complaints AFTER INSERT OR DELETE OR UPDATE OF status, finding, technician_id
                    ON complaints FOR EACH ROW EXECUTE FUNCTION kpi_on_complaint();

                -- Counts a unit again from its records, set-based, with the same kpi_*_row functions.
                CREATE FUNCTION kpi_rebuild(p_unit uuid) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    v_zone text := (SELECT u.calendar ->> 'timeZone' FROM service_units u WHERE u.id = p_unit);
                BEGIN
                    DELETE FROM kpi_days WHERE unit_id = p_unit;
                    DELETE FROM kpi_technician_days WHERE unit_id = p_unit;
                    CREATE TEMP TABLE kpi_rows ON COMMIT DROP AS
                        SELECT r.*, (r.counted_at AT TIME ZONE v_zone)::date AS day FROM (
                            SELECT x.* FROM repair_calls c, LATERAL kpi_call_row(c) x WHERE c.unit_id = p_unit
                            UNION ALL SELECT x.* FROM survey_cards s, LATERAL kpi_card_row(s) x WHERE s.unit_id = p_unit
                            UNION ALL SELECT x.* FROM complaints p, LATERAL kpi_complaint_row(p) x WHERE p.unit_id = p_unit) r;
                    INSERT INTO kpi_days (unit_id, day, zone, {Counters})
                        SELECT p_unit, r.day, r.zone, {sums} FROM kpi_rows r GROUP BY r.day, r.zone;
                    INSERT INTO kpi_technician_days (unit_id, day, technician_id, {Counters})
                        SELECT p_unit, r.day, COALESCE(r.technician_id, '00000000-0000-0000-0000-000000000000'), {sums}
                        FROM kpi_rows r GROUP BY 1, 2, 3;
                    DROP TABLE kpi_rows;
                END
                $$;

                -- A unit's days are its calendar's: a new time zone counts the unit again.
                CREATE FUNCTION kpi_on_unit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM kpi_rebuild(NEW.id);
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER kpi_units AFTER UPDATE OF calendar ON service_units FOR EACH ROW
                    WHEN (OLD.calendar ->> 'timeZone' IS DISTINCT FROM NEW.calendar ->> 'timeZone') EXECUTE FUNCTION kpi_on_unit();
                """);

            // Records already there are counted once.
            migrationBuilder.Sql("SELECT kpi_rebuild(id) FROM service_units;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER kpi_units ON service_units;
                DROP TRIGGER kpi_complaints ON complaints;
                DROP TRIGGER kpi_survey_cards ON survey_cards;
                DROP TRIGGER kpi_calls ON repair_calls;
                DROP FUNCTION kpi_on_unit(), kpi_rebuild(uuid), kpi_on_complaint(), kpi_on_card(), kpi_on_call(), kpi_add(kpi_row, int),
                    kpi_complaint_row(complaints), kpi_card_row(survey_cards), kpi_call_row(repair_calls);
                DROP TYPE kpi_row;
                DROP TABLE kpi_technician_days;
                DROP TABLE kpi_days;
                """);
        }
    }
}
