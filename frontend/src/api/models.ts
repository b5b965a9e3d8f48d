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

export type Product = Item<Ok<ProductsPaths['/api/v1/products/products']['get']>>;
export type ProductQuery = Query<ProductsPaths['/api/v1/products/products']['get']>;
export type ProductCategory = Product['category'];
/** The division codes of Qingyuan's eight counties, as the services accept them. */
export type CountyCode = NonNullable<ProductQuery['county_code']>;
export type Certification = Product['certifications'][number];

export type ProgrammeQuery = Query<TrainingPaths['/api/v1/training/programmes']['get']>;
export type Programme = Item<Ok<TrainingPaths['/api/v1/training/programmes']['get']>>;
export type ProgrammeKind = Programme['kind'];
export type TrainingSession = Item<Ok<TrainingPaths['/api/v1/training/sessions']['get']>>;
export type SessionQuery = Query<TrainingPaths['/api/v1/training/sessions']['get']>;
export type SessionLevel = TrainingSession['level'];

export type Activity = Item<Ok<VolunteersPaths['/api/v1/volunteers/activities']['get']>>;
export type ActivityQuery = Query<VolunteersPaths['/api/v1/volunteers/activities']['get']>;
export type ActivityKind = Activity['kind'];
