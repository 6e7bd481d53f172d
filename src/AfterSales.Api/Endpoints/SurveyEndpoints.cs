using AfterSales.Application.Common.Paging;
using AfterSales.Application.Surveys;
using AfterSales.Application.Surveys.Commands.CorrectSurveyResponse;
using AfterSales.Application.Surveys.Commands.MarkSurveyCardUndeliverable;
using AfterSales.Application.Surveys.Commands.RecordSurveyResponse;
using AfterSales.Application.Surveys.Commands.SendSurveyCard;
using AfterSales.Application.Surveys.Queries.GetSurveyCards;
using AfterSales.Domain.Common;
using AfterSales.Domain.Surveys;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class SurveyEndpoints
{
    public sealed record SendBody(SurveyChannel Channel);

    public sealed record ResponseBody(Satisfaction Attitude, Satisfaction TechnicalSkill, Satisfaction ArrivalTime, Satisfaction FollowThrough, string? Suggestion, string? Complaint);

    public sealed record UndeliverableBody(string Reason);

    public sealed record CorrectionBody(Satisfaction Attitude, Satisfaction TechnicalSkill, Satisfaction ArrivalTime, Satisfaction FollowThrough, string? Suggestion, string? Complaint, string Reason);

    public static void MapSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        var cards = app.MapGroup("/api/v1/survey-cards").WithTags("Surveys");

        cards.MapGet("/", async Task<Ok<Page<SurveyCardDto>>> (Guid? unitId, DateOnly date, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetSurveyCards(unitId, date, cursor, limit), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("ListSurveyCards", "The survey cards of a unit's register day, one per call (R24)", 400, 404);

        cards.MapPost("/{surveyCardId:guid}/send", async Task<Ok<SurveyCardDto>> (Guid surveyCardId, SendBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new SendSurveyCard(surveyCardId, body.Channel), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("SendSurveyCard", "Send a card once its call is finished, within the set days of its register day (R24)", 400, 404, 409, 422);

        cards.MapPost("/{surveyCardId:guid}/response", async Task<Ok<SurveyCardDto>> (Guid surveyCardId, ResponseBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RecordSurveyResponse(surveyCardId, body.Attitude, body.TechnicalSkill, body.ArrivalTime, body.FollowThrough, body.Suggestion, body.Complaint), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("RecordSurveyResponse", "Key in a returned card: the four ratings and the customer's words (R25); one answer per card", 400, 404, 409, 422);

        cards.MapPost("/{surveyCardId:guid}/response/corrections", async Task<Ok<SurveyCardDto>> (Guid surveyCardId, CorrectionBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new CorrectSurveyResponse(surveyCardId, body.Attitude, body.TechnicalSkill, body.ArrivalTime, body.FollowThrough, body.Suggestion, body.Complaint, body.Reason), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("CorrectSurveyResponse", "Correct a keyed-in answer by a new entry with the reason (A3); the first answer stays, reports use the correction", 400, 404, 409, 422);

        cards.MapPost("/{surveyCardId:guid}/undeliverable", async Task<Ok<SurveyCardDto>> (Guid surveyCardId, UndeliverableBody body, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new MarkSurveyCardUndeliverable(surveyCardId, body.Reason), ct)))
            .ForRoles(Role.ServiceDepartment)
            .Describe("MarkSurveyCardUndeliverable", "A sent card that could not reach the customer, with the reason", 400, 404, 409);
    }
}
