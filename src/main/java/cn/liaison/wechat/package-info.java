/**
 * WeChat's server APIs: login codes, the platform access token shared by all instances, phone
 * numbers. Everything else talks to {@link cn.liaison.wechat.WeChatPlatform}, so that tests and the
 * dev stand-in can take WeChat's place.
 */
package cn.liaison.wechat;
