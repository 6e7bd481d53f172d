using AfterSales.Application.Billing;
using AfterSales.Application.Calls;
using AfterSales.Application.Certificates;
using AfterSales.Application.Contracts;
using AfterSales.Application.Common.History;
using AfterSales.Application.Customers;
using AfterSales.Application.Customers.Queries.GetCustomer;
using AfterSales.Application.Registers.Commands.SendCallRegister;
using AfterSales.Application.Registers.Queries.GetProductMovements;
using AfterSales.Application.Reports;
using AfterSales.Application.RepairCards;
using AfterSales.Application.Staff;
using AfterSales.Application.Units;
using AfterSales.Domain.Billing;
using AfterSales.Domain.Calls;
using AfterSales.Domain.Certificates;
using AfterSales.Domain.Common;
using AfterSales.Domain.Contracts;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Registers;
using AfterSales.Domain.RepairCards;
using AfterSales.Domain.Reports;
using AfterSales.Domain.Staff;
using Mapster;

namespace AfterSales.Application.Common.Mapping;

/// <summary>
/// The answers that are the record as it is, mapped by Mapster: in memory for command answers
/// (<c>Adapt</c>) and as SQL projections for lists (<c>ProjectToType</c>, reading only the columns
/// returned). Every mapping is declared (no implicit ones) and every answer field must have a source;
/// the configuration is compiled at start-up, so a field without a source stops the API from starting
/// (and fails <c>MappingTests</c>). Answers with figures derived from the clock (a call's R18 priority,
/// a card's R14 lateness), or reshaped (a unit's calendar), are built by hand beside their DTO.
/// </summary>
public static class Mappings
{
    public static TypeAdapterConfig Config { get; } = Build();

    private static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig
        {
            RequireExplicitMapping = true,
            RequireDestinationMemberSource = true,
        };
        config.NewConfig<Correction, AfterSales.Application.Common.Corrections.CorrectionDto>();
        config.NewConfig<Money, MoneyDto>();
        config.NewConfig<PartUsed, PartDto>();
        config.NewConfig<Signature, SignatureDto>();
        config.NewConfig<RepairEscalation, EscalationDto>();
        config.NewConfig<EscalationAnswer, EscalationAnswerDto>();
        config.NewConfig<RepairWorkEntry, RepairWorkDto>();
        config.NewConfig<RepairPartEntry, RepairPartDto>();
        config.NewConfig<InspectionEntry, InspectionDto>();
        config.NewConfig<ContractTerm, ContractTermDto>();
        config.NewConfig<DailyWorkItem, DailyWorkItemDto>();
        config.NewConfig<AdminWork, AdminWorkDto>();
        config.NewConfig<SentCall, SentCallDto>();
        config.NewConfig<SentCallRegister, SentCallRegisterDto>();
        config.NewConfig<StaffMember, StaffMemberDto>();
        config.NewConfig<Customer, CustomerDto>();
        config.NewConfig<ServiceCertificate, CertificateSummaryDto>();
        config.NewConfig<ServiceHistoryEntry, HistoryLineDto>();
        config.NewConfig<PickupReceipt, PickupReceiptDto>();
        config.NewConfig<ProductMovement, ProductMovementDto>().Map(d => d.Date, s => s.LocalDate);
        config.NewConfig<ChargeLine, ChargeLineDto>();
        config.NewConfig<InvoiceRequest, InvoiceRequestDto>();
        config.NewConfig<CollectedCash, CollectedCashDto>();
        config.NewConfig<CashHandover, CashHandoverDto>();
        config.NewConfig<PartUsage, PartUsageDto>();
        return config;
    }
}
