package cn.liaison.opinion.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The disguises that used to walk past the list, each caught, and reported as the text wrote them. */
class SensitiveWordMatchingTests {

    private final SensitiveWords.Automaton list = new SensitiveWords.Automaton(List.of("赌博", "VIP", "诈骗", "ＡＢ12"));

    private List<String> shown(String text) {
        return list.matches(text).stream().map(SensitiveWords.Found::shown).toList();
    }

    @Test
    void aPlainWordIsFoundAsItIs() {
        assertEquals(List.of("赌博"), shown("村里有人赌博"));
    }

    @Test
    void spacesPunctuationSymbolsAndZeroWidthCharactersBetweenItsCharactersDoNotHideAWord() {
        assertEquals(List.of("赌博「赌 博」"), shown("有人赌 博"));
        assertEquals(List.of("赌博「赌，博」"), shown("有人赌，博"));
        assertEquals(List.of("赌博「赌——博」"), shown("有人赌——博"));
        assertEquals(List.of("赌博「赌*博」"), shown("有人赌*博"));
        assertEquals(List.of("诈骗「诈\u200b骗」"), shown("电话诈\u200b骗"));
        assertEquals(List.of("诈骗「诈\ufeff骗」"), shown("电话诈\ufeff骗"));
        assertEquals(List.of("赌博「赌🎲博」"), shown("有人赌🎲博"));
    }

    @Test
    void fullWidthFormsAndLetterCaseAreTheSameWord() {
        assertEquals(List.of("VIP「ｖｉｐ」"), shown("办个ｖｉｐ"));
        assertEquals(List.of("VIP「v.i.p」"), shown("办个v.i.p"));
        assertEquals(List.of("ＡＢ12「ab１２」"), shown("代号ab１２"));
    }

    @Test
    void traditionalCharactersMatchTheirSimplifiedForms() {
        assertEquals(List.of("赌博「賭博」", "诈骗「詐騙」"), shown("賭博和詐騙"));
    }

    @Test
    void wordsThatMerelyShareCharactersAreNotFound() {
        assertEquals(List.of(), shown("赌场旁边的博物馆"));
        assertEquals(List.of(), shown("VIEW PORT"));
    }
}
