// Drives a repair from the customer's call to the issued invoice through the client generated from the
// committed contract (api-specs/openapi.json), as a third-party frontend would: register, dispatch,
// arrive, take the product away, receive it in the workshop, repair, inspect, hand it back, pull the
// invoice request from the feed and issue it. No casts and no non-null assertions: every optional
// field is checked, so a contract change that breaks a frontend breaks this program's type-check.
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

const base = "http://127.0.0.1:5181";

// The demo data of a Development instance: the Taipei Service Center, its staff by role, and a
// customer whose product is out of warranty (so the repair is paid and invoiced).
const unitId = "01930000-0000-7000-8000-000000000001";
const staff = {
  clerk: "01930000-0000-7000-8001-000000000001",
  technician: "01930000-0000-7000-8001-000000000002",
  supervisor: "01930000-0000-7000-8001-000000000003",
  accountant: "01930000-0000-7000-8001-000000000004",
};
const customerId = "01930000-0000-7000-9001-000000000002";
const certificateId = "01930000-0000-7000-a001-000000000002";

type Who = keyof typeof staff;

function check(condition: boolean, what: string): asserts condition {
  if (!condition) {
    throw new Error(`client flow: ${what}`);
  }
}

/** The token route is Development-only and not in the contract, so it is called with plain fetch. */
async function tokenFor(who: Who): Promise<string> {
  const response = await fetch(`${base}/api/v1/dev/tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ staffId: staff[who] }),
  });
  check(response.ok, `a token for the ${who}: ${response.status}`);
  const body: unknown = await response.json();
  check(typeof body === "object" && body !== null && "accessToken" in body && typeof body.accessToken === "string", "a token in the answer");
  return body.accessToken;
}

async function clientFor(who: Who) {
  const token = await tokenFor(who);
  return createClient<paths>({ baseUrl: base, headers: { Authorization: `Bearer ${token}` } });
}

function minutesFrom(start: Date, minutes: number): string {
  return new Date(start.getTime() + minutes * 60_000).toISOString();
}

async function main(): Promise<void> {
  const clerk = await clientFor("clerk");
  const supervisor = await clientFor("supervisor");
  const technician = await clientFor("technician");
  const accountant = await clientFor("accountant");
  const receivedAt = new Date(Date.now() - 3 * 60 * 60_000);

  // R8: the clerk registers the call; the answer carries its number and its dispatch deadline (R19).
  const registered = await clerk.POST("/api/v1/calls", {
    body: { customerId, certificateId, channel: "Phone", receivedAt: receivedAt.toISOString(), problem: "Drum does not turn" },
  });
  check(registered.response.status === 201 && registered.data !== undefined, `register: ${registered.response.status}`);
  const call = registered.data;
  check(call.status === "Registered" && call.serviceType === "Paid", `a paid call registered, got ${call.status} ${call.serviceType}`);
  check(registered.response.headers.get("Location") === `/api/v1/calls/${call.id}`, "Location of the call");
  const callId = call.id;

  // R8: dispatch, honouring the version just read (If-Match).
  const etag = registered.response.headers.get("ETag");
  check(etag !== null, "an ETag on the registered call");
  const dispatched = await supervisor.POST("/api/v1/calls/{callId}/dispatch", {
    params: { path: { callId }, header: { "If-Match": etag } },
    body: { technicianId: staff.technician, dispatchedAt: minutesFrom(receivedAt, 10) },
  });
  check(dispatched.data?.status === "Dispatched", `dispatch: ${dispatched.response.status}`);

  // R19: the technician arrives; the answer says whether the deadline was met.
  const arrived = await technician.POST("/api/v1/calls/{callId}/arrival", {
    params: { path: { callId } },
    body: { arrivedAt: minutesFrom(receivedAt, 60) },
  });
  check(arrived.data !== undefined && arrived.data.deadlineMet !== null && arrived.data.deadlineMet !== undefined, `arrival judged: ${arrived.response.status}`);

  // R11: the product is taken away under a pickup receipt the customer signs.
  const taken = await technician.POST("/api/v1/calls/{callId}/take-to-workshop", {
    params: { path: { callId } },
    body: {
      promisedCompletionAt: minutesFrom(new Date(), 3 * 24 * 60),
      signature: { signerName: "Wang Chih-ming", signedAt: minutesFrom(receivedAt, 90) },
    },
  });
  check(taken.data !== undefined, `take to workshop: ${taken.response.status}`);
  const receiptNumber = taken.data.pickupReceipt.number;

  // R11: the clerk receives it; the repair card (form 005) opens.
  const received = await clerk.POST("/api/v1/calls/{callId}/receive-into-workshop", { params: { path: { callId } }, body: {} });
  check(received.data !== undefined, `receive into workshop: ${received.response.status}`);
  const cardId = received.data.repairCard.id;

  // R12: work and a part, then the supervisor's inspection.
  const part = await technician.POST("/api/v1/repair-cards/{cardId}/parts", {
    params: { path: { cardId } },
    body: { partNumber: "BELT-300", quantity: 1, unitPrice: { amount: 450, currency: "TWD" } },
  });
  check(part.data?.parts.length === 1, `a part on the card: ${part.response.status}`);
  const worked = await technician.POST("/api/v1/repair-cards/{cardId}/work", {
    params: { path: { cardId } },
    body: { hours: 1.5, description: "Replaced the drive belt", repairFinished: true },
  });
  check(worked.data?.status === "AwaitingInspection", `repair finished: ${worked.response.status}`);
  const inspected = await supervisor.POST("/api/v1/repair-cards/{cardId}/inspection", {
    params: { path: { cardId } },
    body: { passed: true },
  });
  check(inspected.data?.status === "Passed", `inspection: ${inspected.response.status}`);

  // R12, R13: the product goes back against the receipt; the paid repair raises an invoice request.
  const returned = await clerk.POST("/api/v1/repair-cards/{cardId}/close", {
    params: { path: { cardId } },
    body: { signature: { signerName: "Wang Chih-ming", signedAt: new Date().toISOString() }, receiptNumber },
  });
  check(returned.data?.repairCard.status === "Closed", `returned to the customer: ${returned.response.status}`);

  // The accounting system pulls the feed until it finds the call's request, then issues the invoice.
  let cursor: string | undefined;
  let requestId: string | undefined;
  let total = "";
  do {
    const page = await accountant.GET("/api/v1/invoice-requests", { params: { query: cursor === undefined ? { unitId } : { unitId, cursor } } });
    check(page.data !== undefined, `the invoice feed: ${page.response.status}`);
    const found = page.data.items.find((r) => r.callId === callId);
    if (found !== undefined) {
      requestId = found.id;
      total = `${found.total.amount} ${found.total.currency}`;
    }

    cursor = page.data.nextCursor ?? undefined;
  } while (requestId === undefined && cursor !== undefined);
  check(requestId !== undefined, "the call's invoice request in the feed");

  const issued = await accountant.POST("/api/v1/invoice-requests/{requestId}/issue", {
    params: { path: { requestId } },
    body: { invoiceNumber: `AB-${String(Date.now()).slice(-8)}` },
  });
  check(issued.data?.invoiceNumber !== undefined && issued.data.invoiceNumber !== null, `issue: ${issued.response.status}`);

  // Bad input is a typed 400 with its per-field errors.
  const refused = await clerk.POST("/api/v1/calls", {
    body: { customerId, certificateId, channel: "Phone", receivedAt: receivedAt.toISOString(), problem: "" },
  });
  check(refused.response.status === 400 && refused.error !== undefined, `an empty problem is refused: ${refused.response.status}`);
  const errors = refused.error.errors;
  check(errors !== undefined && errors !== null && Object.keys(errors).length > 0, "the 400 names the fields");

  console.log(`client flow: call ${call.number} registered, repaired and returned; invoice ${issued.data.invoiceNumber} issued for ${total}`);
}

await main();
