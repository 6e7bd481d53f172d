using AfterSales.Application.Common.Interfaces;
using AfterSales.Domain.Complaints;
using AfterSales.Domain.Customers;
using AfterSales.Domain.Surveys;
using AfterSales.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace AfterSales.Application.Complaints;

/// <summary>
/// Receives a complaint into the unit's book, whichever way it came (a call to the office, a letter,
/// the complaint written on a survey card): numbered in the unit's series, its triage clock started (R27).
/// </summary>
public sealed class ComplaintIntake(IApplicationDbContext db, INumberSequence numbers, ComplaintSettings settings)
{
    public async Task<Complaint> ReceiveAsync(
        ServiceUnit unit, Customer customer, ComplaintSource source, Guid? callId, Guid? technicianId, Guid? surveyCardId, string words, DateTimeOffset at, Guid? receivedBy, CancellationToken cancellationToken)
    {
        var number = await numbers.NextAsync(unit.Id, unit.Code, NumberSeries.Complaint, unit.Calendar.LocalDate(at).Year, cancellationToken);
        var complaint = Complaint.Receive(
            Guid.CreateVersion7(at), number, unit.Id, source, customer.Id, customer.Name, callId, technicianId, surveyCardId, words, at, receivedBy, settings.Times, unit.DeadlineCalendar);
        db.Complaints.Add(complaint);
        return complaint;
    }

    /// <summary>R26: the complaint a customer wrote on a survey card, about the card's call and the technician it rates; once per card.</summary>
    public async Task OpenFromCardAsync(SurveyCard card, string? text, DateTimeOffset at, Guid? keyedBy, CancellationToken cancellationToken)
    {
        if (text is null || card.ComplaintId is not null)
        {
            return;
        }

        var customerId = await db.Calls.AsNoTracking().Where(c => c.Id == card.CallId).Select(c => c.CustomerId).SingleAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId, cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == card.UnitId, cancellationToken);
        var complaint = await ReceiveAsync(unit, customer, ComplaintSource.SurveyCard, card.CallId, card.TechnicianId, card.Id, text, at, keyedBy, cancellationToken);
        card.LinkComplaint(complaint.Id);
    }
}
