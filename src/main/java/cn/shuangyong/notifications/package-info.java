/**
 * Notifications: messages to the staff of units through pluggable channels (站内信 inbox, e-mail, SMS or government
 * messaging gateways), with every delivery to every recipient on every channel recorded and failed ones retried.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息通知",
		allowedDependencies = {"accounts", "directory", "shared"})
package cn.shuangyong.notifications;
