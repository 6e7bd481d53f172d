using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using AfterSales.Application.Calls.Queries.GetCall;
using AfterSales.Application.Common.History;
using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Common;
using AfterSales.Domain.Units;
using AfterSales.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AfterSales.Infrastructure.Persistence.Reads;

/// <summary>
/// A call and its timeline in one hand-written statement, materialized as EF Core would materialize them
/// (Configurations/CallConfiguration): the same columns, converters and owned values, written into the same
/// backing fields. It runs on the connection of the request's context, so it reads where the request's other
/// queries read (primary or standby) and inside the query's retried operation. The parameter is positional
/// (<c>$1</c>), so Npgsql sends the text as it is instead of parsing it for named parameters on every
/// execution. <c>CallReaderTests</c> holds it to EF's reading: every mapped column is selected, and the call
/// read both ways is the same for calls in every state.
/// </summary>
internal sealed class CallReader(IApplicationDbContext db) : ICallReader
{
    /// <summary>The call's columns in the order <see cref="ReadCall"/> reads them, then its history lines' (null when it has none).</summary>
    internal const string Sql = """
        SELECT c.id, c.unit_id, c.number, c.customer_id, c.certificate_id, c.customer_name, c.address, c.telephone,
            c.product_model, c.serial_number, c.channel, c.received_at, c.problem, c.zone, c.service_type,
            c.service_type_override_reason, c.dispatch_deadline, c.service_level_deadline, c.previous_deadline,
            c.deadline_basis, c.deadline_moved_by_closure, c.appointment, c.priority_from, c.status, c.technician_id,
            c.dispatched_at, c.dispatch_recorded_at, c.arrived_at, c.arrival_recorded_at, c.deadline_met,
            c.deadline_missed_by, c.work_hours, c.parts, c.fee_amount, c.fee_currency, c.collected_on_site,
            c.not_collected_reason, c.completed_at, c.signed_by, c.signed_at, c.signature_recorded_at, c.closed_at,
            c.cancel_reason, c.corrections, c.archived_in, c.xmin,
            h.sequence, h.certificate_id, h.call_id, h.at, h.kind, h.actor_id, h.note
        FROM repair_calls AS c
        LEFT JOIN service_history AS h ON h.call_id = c.id
        WHERE c.id = $1
        ORDER BY h.sequence
        """;

    /// <summary>Where the history line's columns begin.</summary>
    internal const int HistoryColumns = 46;

    public async Task<CallWithTimeline?> ReadWithTimelineAsync(Guid callId, CancellationToken cancellationToken)
    {
        var database = ((DbContext)db).Database;
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = database.Command(Sql);
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = callId });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            var call = ReadCall(reader);
            var timeline = new List<ServiceHistoryEntry>();
            do
            {
                if (!reader.IsDBNull(HistoryColumns))
                {
                    timeline.Add(ReadHistoryLine(reader, HistoryColumns));
                }
            }
            while (await reader.ReadAsync(cancellationToken));

            return new CallWithTimeline(call, timeline);
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }

    private static RepairCall ReadCall(DbDataReader reader)
    {
        var column = new Columns(reader);
        var call = Call.New();
        Call.Id(call) = column.Guid();
        Call.UnitId(call) = column.Guid();
        Call.Number(call) = column.String();
        Call.CustomerId(call) = column.Guid();
        Call.CertificateId(call) = column.Guid();
        Call.CustomerName(call) = column.String();
        Call.Address(call) = column.String();
        Call.Telephone(call) = column.String();
        Call.ProductModel(call) = column.String();
        Call.SerialNumber(call) = column.String();
        Call.Channel(call) = column.Enum<CallChannel>();
        Call.ReceivedAt(call) = column.Instant();
        Call.Problem(call) = column.String();
        Call.Zone(call) = column.Enum<ServiceZone>();
        Call.ServiceType(call) = column.Enum<ServiceType>();
        Call.ServiceTypeOverrideReason(call) = column.StringOrNull();
        Call.DispatchDeadline(call) = column.Instant();
        Call.ServiceLevelDeadline(call) = column.Instant();
        Call.PreviousDeadline(call) = column.InstantOrNull();
        Call.DeadlineBasis(call) = column.Enum<DeadlineBasis>();
        Call.DeadlineMovedByClosure(call) = column.GuidOrNull();
        Call.Appointment(call) = column.StringOrNull() is { } appointment ? JsonSerializer.Deserialize<CustomerAppointment>(appointment, JsonColumn.Options) : null;
        Call.PriorityFrom(call) = column.Instant();
        Call.Status(call) = column.Enum<CallStatus>();
        Call.TechnicianId(call) = column.GuidOrNull();
        Call.DispatchedAt(call) = column.InstantOrNull();
        Call.DispatchRecordedAt(call) = column.InstantOrNull();
        Call.ArrivedAt(call) = column.InstantOrNull();
        Call.ArrivalRecordedAt(call) = column.InstantOrNull();
        Call.DeadlineMet(call) = column.Value<bool>();
        Call.DeadlineMissedBy(call) = column.Value<TimeSpan>();
        Call.WorkHours(call) = column.Value<decimal>();
        Call.Parts(call) = JsonSerializer.Deserialize<List<PartUsed>>(column.String(), JsonColumn.Options) ?? [];
        var (feeAmount, feeCurrency) = (column.Value<decimal>(), column.StringOrNull());
        Call.Fee(call) = feeAmount is null && feeCurrency is null ? null : new Money(feeAmount!.Value, feeCurrency!);
        Call.CollectedOnSite(call) = column.Get<bool>();
        Call.NotCollectedReason(call) = column.StringOrNull();
        Call.CompletedAt(call) = column.InstantOrNull();
        var (signedBy, signedAt, signatureRecordedAt) = (column.StringOrNull(), column.InstantOrNull(), column.InstantOrNull());
        Call.CustomerSignature(call) = signedBy is null && signedAt is null && signatureRecordedAt is null ? null : new Signature(signedBy!, signedAt!.Value, signatureRecordedAt!.Value);
        Call.ClosedAt(call) = column.InstantOrNull();
        Call.CancelReason(call) = column.StringOrNull();
        Call.Corrections(call) = JsonSerializer.Deserialize<List<Correction>>(column.String(), JsonColumn.Options) ?? [];
        Call.ArchivedIn(call) = column.GuidOrNull();
        Call.Version(call) = column.Get<uint>();
        return call;
    }

    private static ServiceHistoryEntry ReadHistoryLine(DbDataReader reader, int first)
    {
        var column = new Columns(reader, first);
        return new ServiceHistoryEntry
        {
            Sequence = column.Get<long>(),
            CertificateId = column.Guid(),
            CallId = column.GuidOrNull(),
            At = column.Instant(),
            Kind = column.Enum<ServiceEventKind>(),
            ActorId = column.GuidOrNull(),
            Note = column.StringOrNull(),
        };
    }

    /// <summary>The row's columns one after the other, read as EF's converters read them (an instant as it comes, an enum by its name).</summary>
    private ref struct Columns(DbDataReader reader, int first = 0)
    {
        private int _next = first;

        public T Get<T>() => reader.GetFieldValue<T>(_next++);

        public T? Value<T>()
            where T : struct
        {
            var column = _next++;
            return reader.IsDBNull(column) ? null : reader.GetFieldValue<T>(column);
        }

        public Guid Guid() => Get<Guid>();

        public Guid? GuidOrNull() => Value<Guid>();

        public string String() => Get<string>();

        public string? StringOrNull()
        {
            var column = _next++;
            return reader.IsDBNull(column) ? null : reader.GetString(column);
        }

        public DateTimeOffset Instant() => Get<DateTimeOffset>();

        public DateTimeOffset? InstantOrNull() => Value<DateTimeOffset>();

        public TEnum Enum<TEnum>()
            where TEnum : struct, System.Enum => System.Enum.Parse<TEnum>(String());
    }

    /// <summary>RepairCall's private constructor and backing fields, the ones EF Core writes when it materializes a call.</summary>
    private static class Call
    {
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
        public static extern RepairCall New();

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Id>k__BackingField")]
        public static extern ref Guid Id(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<UnitId>k__BackingField")]
        public static extern ref Guid UnitId(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Number>k__BackingField")]
        public static extern ref string Number(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<CustomerId>k__BackingField")]
        public static extern ref Guid CustomerId(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<CertificateId>k__BackingField")]
        public static extern ref Guid CertificateId(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<CustomerName>k__BackingField")]
        public static extern ref string CustomerName(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Address>k__BackingField")]
        public static extern ref string Address(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Telephone>k__BackingField")]
        public static extern ref string Telephone(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ProductModel>k__BackingField")]
        public static extern ref string ProductModel(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<SerialNumber>k__BackingField")]
        public static extern ref string SerialNumber(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Channel>k__BackingField")]
        public static extern ref CallChannel Channel(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ReceivedAt>k__BackingField")]
        public static extern ref DateTimeOffset ReceivedAt(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Problem>k__BackingField")]
        public static extern ref string Problem(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Zone>k__BackingField")]
        public static extern ref ServiceZone Zone(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ServiceType>k__BackingField")]
        public static extern ref ServiceType ServiceType(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ServiceTypeOverrideReason>k__BackingField")]
        public static extern ref string? ServiceTypeOverrideReason(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<DispatchDeadline>k__BackingField")]
        public static extern ref DateTimeOffset DispatchDeadline(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ServiceLevelDeadline>k__BackingField")]
        public static extern ref DateTimeOffset ServiceLevelDeadline(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<PreviousDeadline>k__BackingField")]
        public static extern ref DateTimeOffset? PreviousDeadline(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<DeadlineBasis>k__BackingField")]
        public static extern ref DeadlineBasis DeadlineBasis(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<DeadlineMovedByClosure>k__BackingField")]
        public static extern ref Guid? DeadlineMovedByClosure(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Appointment>k__BackingField")]
        public static extern ref CustomerAppointment? Appointment(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<PriorityFrom>k__BackingField")]
        public static extern ref DateTimeOffset PriorityFrom(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Status>k__BackingField")]
        public static extern ref CallStatus Status(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<TechnicianId>k__BackingField")]
        public static extern ref Guid? TechnicianId(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<DispatchedAt>k__BackingField")]
        public static extern ref DateTimeOffset? DispatchedAt(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<DispatchRecordedAt>k__BackingField")]
        public static extern ref DateTimeOffset? DispatchRecordedAt(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ArrivedAt>k__BackingField")]
        public static extern ref DateTimeOffset? ArrivedAt(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ArrivalRecordedAt>k__BackingField")]
        public static extern ref DateTimeOffset? ArrivalRecordedAt(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<DeadlineMet>k__BackingField")]
        public static extern ref bool? DeadlineMet(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<DeadlineMissedBy>k__BackingField")]
        public static extern ref TimeSpan? DeadlineMissedBy(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<WorkHours>k__BackingField")]
        public static extern ref decimal? WorkHours(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_parts")]
        public static extern ref List<PartUsed> Parts(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Fee>k__BackingField")]
        public static extern ref Money? Fee(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<CollectedOnSite>k__BackingField")]
        public static extern ref bool CollectedOnSite(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<NotCollectedReason>k__BackingField")]
        public static extern ref string? NotCollectedReason(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<CompletedAt>k__BackingField")]
        public static extern ref DateTimeOffset? CompletedAt(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<CustomerSignature>k__BackingField")]
        public static extern ref Signature? CustomerSignature(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ClosedAt>k__BackingField")]
        public static extern ref DateTimeOffset? ClosedAt(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<CancelReason>k__BackingField")]
        public static extern ref string? CancelReason(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_corrections")]
        public static extern ref List<Correction> Corrections(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<ArchivedIn>k__BackingField")]
        public static extern ref Guid? ArchivedIn(RepairCall call);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Version>k__BackingField")]
        public static extern ref uint Version(RepairCall call);
    }
}
