/**
 * Who is calling: WeChat sign-in for citizens and deputies, password sign-in for staff and admins,
 * access and refresh tokens, the caller's own account, and the admins' management of staff.
 */
package cn.liaison.identity;
