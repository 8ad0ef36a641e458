<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Berth::Core</name>
    <message numerus="yes">
        <location filename="../core/tls/certificateinfo.cpp" line="97"/>
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
    <message numerus="yes">
        <location filename="../cli/berthctl.cpp" line="172"/>
        <source>You have access to %n project(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
