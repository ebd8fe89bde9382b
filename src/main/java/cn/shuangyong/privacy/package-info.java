/**
 * Personal-information protection: field encryption (SM4-GCM) with key rotation, keyed lookup hashes (HMAC-SM3) for
 * finding a person without storing the plaintext, the crypto self-test at start-up, masking for display and logs, and
 * the citizen ID number ({@link cn.shuangyong.privacy.IdNumber}), a value every module that meets one reads the same way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "个人信息保护",
		allowedDependencies = {"shared"})
package cn.shuangyong.privacy;
