// Names for the generated API types, read off the paths so that they follow the OpenAPI documents
// (never written by hand). Regenerate with `npm run gen:api`.
import type { components as GatewayComponents, paths as GatewayPaths } from './generated/gateway';
import type { paths as LoansPaths } from './generated/loans';
import type { paths as ProductsPaths } from './generated/products';
import type { paths as TrainingPaths } from './generated/training';
import type { paths as VolunteersPaths } from './generated/volunteers';

type Json<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;
type Ok<Operation> = Operation extends { responses: infer R }
  ? 200 extends keyof R
    ? Json<R[200]>
    : 201 extends keyof R
      ? Json<R[201]>
      : never
  : never;
type Query<Operation> = Operation extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Body<Operation> = Operation extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;
type Item<Page> = Page extends { items: (infer T)[] } ? T : never;

export type ProblemDetails = GatewayComponents['schemas']['ProblemDetails'];
export type FieldError = GatewayComponents['schemas']['FieldError'];

export type TokenResponse = Ok<GatewayPaths['/api/v1/auth/token']['post']>;
export type CurrentUser = Ok<GatewayPaths['/api/v1/auth/me']['get']>;
export type Role = CurrentUser['role'];
export type LoginSession = GatewayComponents['schemas']['SessionRead'];
export type RegistrationStart = Body<GatewayPaths['/api/v1/auth/registrations']['post']>;
export type SelfRegisteredRole = RegistrationStart['role'];
export type RegistrationStarted = GatewayComponents['schemas']['RegistrationStarted'];

export type Account = Item<Ok<GatewayPaths['/api/v1/auth/accounts']['get']>>;
export type AccountCreate = Body<GatewayPaths['/api/v1/auth/accounts']['post']>;
export type AccountUpdate = Body<GatewayPaths['/api/v1/auth/accounts/{user_id}']['patch']>;
export type AccountWithPassword = Ok<GatewayPaths['/api/v1/auth/accounts']['post']>;
/** The roles staff give to people (`service` belongs to API clients). */
export type AccountRole = AccountCreate['role'];

export type ApiClient = Item<Ok<GatewayPaths['/api/v1/auth/clients']['get']>>;
export type ClientCreate = Body<GatewayPaths['/api/v1/auth/clients']['post']>;
export type ClientKind = ApiClient['kind'];
export type ClientWithSecret = Ok<GatewayPaths['/api/v1/auth/clients']['post']>;
export type ServiceScope = NonNullable<ClientCreate['service_name']>;

export type SecurityEvent = Item<Ok<GatewayPaths['/api/v1/auth/audit']['get']>>;
export type EventKind = GatewayComponents['schemas']['EventKind'];
export type Dashboard = Ok<GatewayPaths['/api/v1/dashboard']['get']>;
export type ServiceStatus = Dashboard['services'][number];
export type ServiceName = ServiceStatus['service'];
export type ServiceStats = NonNullable<ServiceStatus['stats']>;
export type Figure = ServiceStats['figures'][number];
export type CountyValue = ServiceStats['by_county'][number];

export type BankPage = Ok<LoansPaths['/api/v1/loans/banks']['get']>;
export type Bank = Item<BankPage>;
export type BankQuery = Query<LoansPaths['/api/v1/loans/banks']['get']>;
export type BankCreate = Body<LoansPaths['/api/v1/loans/banks']['post']>;
export type BankType = Bank['bank_type'];
export type LprFixing = Item<Ok<LoansPaths['/api/v1/loans/lpr']['get']>>;

export type Borrower = Ok<LoansPaths['/api/v1/loans/borrowers/me']['get']>;
export type BorrowerProfile = Body<LoansPaths['/api/v1/loans/borrowers/me']['put']>;
export type Education = BorrowerProfile['education'];

export type Application = Item<Ok<LoansPaths['/api/v1/loans/applications']['get']>>;
export type ApplicationQuery = Query<LoansPaths['/api/v1/loans/applications']['get']>;
export type ApplicationDetail = Ok<LoansPaths['/api/v1/loans/applications/{application_id}']['get']>;
export type ApplicationCreate = Body<LoansPaths['/api/v1/loans/applications']['post']>;
export type ApplicationUpdate = Body<LoansPaths['/api/v1/loans/applications/{application_id}']['patch']>;
export type ApplicationStatus = Application['status'];
export type ApplicationAction = ApplicationDetail['allowed_actions'][number];
export type Transition = ApplicationDetail['transitions'][number];
export type LoanUse = Application['project_use'];
export type Referral = Body<LoansPaths['/api/v1/loans/applications/{application_id}/refer']['post']>;

export type Loan = Item<Ok<LoansPaths['/api/v1/loans/loans']['get']>>;
export type LoanQuery = Query<LoansPaths['/api/v1/loans/loans']['get']>;
export type LoanDetail = Ok<LoansPaths['/api/v1/loans/loans/{loan_id}']['get']>;
export type Repayment = LoanDetail['repayments'][number];
export type RepaymentMethod = Loan['repayment_method'];
export type Schedule = Ok<LoansPaths['/api/v1/loans/loans/{loan_id}/schedule']['get']>;
export type Instalment = Schedule['instalments'][number];
export type OverdueRun = Ok<LoansPaths['/api/v1/loans/overdue/mark']['post']>;

export type PolicyVersion = Item<Ok<LoansPaths['/api/v1/loans/policies']['get']>>;
export type PolicyCreate = Body<LoansPaths['/api/v1/loans/policies']['post']>;
export type SubsidyQuoteRequest = Body<LoansPaths['/api/v1/loans/subsidy/quote']['post']>;
export type SubsidyQuote = Ok<LoansPaths['/api/v1/loans/subsidy/quote']['post']>;

export type Claim = Item<Ok<LoansPaths['/api/v1/loans/claims']['get']>>;
export type ClaimQuery = Query<LoansPaths['/api/v1/loans/claims']['get']>;
export type ClaimStatus = Claim['status'];
export type ClaimLine = Item<Ok<LoansPaths['/api/v1/loans/claims/{claim_id}/lines']['get']>>;
export type LineDecision = ClaimLine['decision'];

export type LoanStats = Ok<LoansPaths['/api/v1/loans/stats']['get']>;
export type Breakdown = LoanStats['by_year'][number];

export type Product = Item<Ok<ProductsPaths['/api/v1/products/products']['get']>>;
export type ProductQuery = Query<ProductsPaths['/api/v1/products/products']['get']>;
export type ProductCategory = Product['category'];
/** The division codes of Qingyuan's eight counties, as the services accept them. */
export type CountyCode = NonNullable<ProductQuery['county_code']>;
export type Certification = Product['certifications'][number];

type Market = ProductsPaths;
export type Seller = Ok<Market['/api/v1/products/sellers/me']['get']>;
export type Buyer = Ok<Market['/api/v1/products/buyers/me']['get']>;
export type SellerDetail = Ok<Market['/api/v1/products/sellers/{seller_id}']['get']>;
export type SellerRead = Item<Ok<Market['/api/v1/products/sellers']['get']>>;
export type SellerCreate = Body<Market['/api/v1/products/sellers']['post']>;
export type SellerKind = SellerDetail['kind'];
export type SellerStatus = SellerDetail['status'];
export type SellerAction = SellerDetail['allowed_actions'][number];
export type SellerTransition = SellerDetail['transitions'][number];
export type BuyerKind = Buyer['kind'];
export type BuyerCreate = Body<Market['/api/v1/products/buyers']['post']>;
export type Lot = Item<Ok<Market['/api/v1/products/lots']['get']>>;
export type LotCreate = Body<Market['/api/v1/products/lots']['post']>;
export type LotUpdate = Body<Market['/api/v1/products/lots/{lot_id}']['patch']>;
export type LotStatus = Lot['status'];
export type Demand = Item<Ok<Market['/api/v1/products/demands']['get']>>;
export type DemandCreate = Body<Market['/api/v1/products/demands']['post']>;
export type DemandUpdate = Body<Market['/api/v1/products/demands/{demand_id}']['patch']>;
export type DemandStatus = Demand['status'];
export type MatchList = Ok<Market['/api/v1/products/demands/{demand_id}/matches']['get']>;
export type Match = MatchList['items'][number];
export type ScoreParts = Match['parts'];
export type Deal = Item<Ok<Market['/api/v1/products/deals']['get']>>;
export type DealCreate = Body<Market['/api/v1/products/deals']['post']>;
export type DealStatus = Deal['status'];
export type DealDetail = Ok<Market['/api/v1/products/deals/{deal_id}']['get']>;
export type DealAction = DealDetail['allowed_actions'][number];
export type DealTransition = DealDetail['transitions'][number];
export type ClearingScope = Body<Market['/api/v1/products/clearing-runs']['post']>;
export type ClearingRun = Ok<Market['/api/v1/products/clearing-runs/{run_id}']['get']>;
export type ClearingRunSummary = Item<Ok<Market['/api/v1/products/clearing-runs']['get']>>;
export type Allocation = ClearingRun['allocations'][number];

// The products programme: 万企帮万村 pairings, the brand's promotion videos, e-commerce platforms, statistics.
export type Pairing = Item<Ok<Market['/api/v1/products/pairings']['get']>>;
export type PairingCreate = Body<Market['/api/v1/products/pairings']['post']>;
export type PairingUpdate = Body<Market['/api/v1/products/pairings/{pairing_id}']['patch']>;
export type Video = Item<Ok<Market['/api/v1/products/videos']['get']>>;
export type VideoCreate = Body<Market['/api/v1/products/videos']['post']>;
export type Platform = Item<Ok<Market['/api/v1/products/platforms']['get']>>;
export type PlatformCreate = Body<Market['/api/v1/products/platforms']['post']>;
export type ProductStats = Ok<Market['/api/v1/products/stats']['get']>;
export type YearFigures = ProductStats['by_year'][number];
export type Notice = Item<Ok<Market['/api/v1/products/notices']['get']>>;
export type NoticeCreate = Body<Market['/api/v1/products/notices']['post']>;
export type NoticeDetail = Ok<Market['/api/v1/products/notices/{notice_id}']['get']>;
export type NoticeStatus = Notice['status'];
export type NoticeAction = NoticeDetail['allowed_actions'][number];
export type NoticeTransition = NoticeDetail['transitions'][number];
export type Inquiry = Item<Ok<Market['/api/v1/products/inquiries']['get']>>;
export type PublicNotice = Ok<Market['/api/v1/products/public/notices/{notice_id}']['get']>;
export type PublicLot = PublicNotice['lots'][number];
export type InquiryCreate = Body<Market['/api/v1/products/public/notices/{notice_id}/inquiries']['post']>;

export type ProgrammeQuery = Query<TrainingPaths['/api/v1/training/programmes']['get']>;
export type Programme = Item<Ok<TrainingPaths['/api/v1/training/programmes']['get']>>;
export type ProgrammeKind = Programme['kind'];
export type TrainingSession = Item<Ok<TrainingPaths['/api/v1/training/sessions']['get']>>;
export type SessionQuery = Query<TrainingPaths['/api/v1/training/sessions']['get']>;
export type SessionLevel = TrainingSession['level'];

export type Activity = Item<Ok<VolunteersPaths['/api/v1/volunteers/activities']['get']>>;
export type ActivityQuery = Query<VolunteersPaths['/api/v1/volunteers/activities']['get']>;
export type ActivityKind = Activity['kind'];
