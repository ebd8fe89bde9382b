package cn.shuangyong.shared;

/**
 * Whether the platform runs as the demo: demo accounts with the published password, demo data, no second factor for
 * administrators, the business clock at the demo date, and development keys where none are configured. Off unless
 * {@code shuangyong.demo.enabled=true} ({@code bin/run} sets it), whichever database the platform runs on.
 */
public record DemoMode(boolean enabled) {
}
