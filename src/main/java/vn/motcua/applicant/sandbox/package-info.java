/**
 * A stand-in for the national e-ID provider (VNeID through the national portal's OpenID Connect
 * sign-on), demo profile only: a real OpenID Connect provider (Spring Authorization Server) inside
 * the app at {@code /sandbox/vneid}, with its own sign-in page and its own citizens, so that "Đăng
 * nhập bằng VNeID" goes through a real authorization-code flow on a fresh clone.
 */
package vn.motcua.applicant.sandbox;
