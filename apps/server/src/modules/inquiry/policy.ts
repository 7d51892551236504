import { allow } from '../../platform/policy';

/**
 * 网络查控: officers and heads start queries and retry failed requests on cases of their courts;
 * supervisors follow progress; administrators keep the institution registry. The court scope is the
 * service's (a case elsewhere is "not found"); an institution's callback is authenticated by its
 * signature, not by a session.
 */
export const inquiryPolicy = [
  allow('officer', 'inquiry.view'),
  allow('officer', 'inquiry.start'),
  allow('officer', 'inquiry.retry'),
  allow('head', 'inquiry.view'),
  allow('head', 'inquiry.start'),
  allow('head', 'inquiry.retry'),
  allow('supervisor', 'inquiry.view'),
  allow('admin', 'institution.manage'),
];

/** The actions on a case's inquiries a user may take, sent with the overview for the web's buttons. */
export const INQUIRY_ACTIONS = ['inquiry.start', 'inquiry.retry'] as const;
