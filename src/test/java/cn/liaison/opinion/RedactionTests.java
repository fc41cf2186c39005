package cn.liaison.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RedactionTests {

    @Test
    void phoneAndIdNumbersInsideTheContentAreRemoved() {
        String content = "我叫王小明，身份证11010519491231002X，电话13812345678或138-1234-5678，座机010-12345678，门牌号12号。";
        assertEquals("我叫**，身份证[身份证号已隐去]，电话[电话已隐去]或[电话已隐去]，座机[电话已隐去]，门牌号12号。",
                Redaction.redact(content, List.of("王小明")));
    }

    @Test
    void longerNumbersAndOrdinaryFiguresAreLeftAlone() {
        assertEquals("订单号 1381234567890123456789，金额 5000 元，2026年11月", Redaction.redact(
                "订单号 1381234567890123456789，金额 5000 元，2026年11月", List.of()));
        assertEquals("旧身份证 [身份证号已隐去] 和 +86 手机 [电话已隐去]",
                Redaction.redact("旧身份证 110105491231002 和 +86 手机 +86 13912345678", List.of()));
    }

    @Test
    void aNameIsKeptWhenTheSubmitterChoseToShowIt() {
        assertEquals("王小明反映路灯不亮", Redaction.redact("王小明反映路灯不亮", List.of()));
    }
}
