/**
 * Telling people what happened: an outbox written in the transaction of the change, a dispatcher
 * that sends each notification once as a WeChat subscribe message while the user's consent lasts,
 * and the in-app inbox that holds every notification (and is the only channel when no consent is
 * left or WeChat refuses).
 */
package cn.liaison.notification;
