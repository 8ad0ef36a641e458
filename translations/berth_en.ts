<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Berth::Core</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation><numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
    <message numerus="yes">
        <source>You have access to %n project(s).</source>
        <translation><numerusform>You have access to %n project.</numerusform><numerusform>You have access to %n projects.</numerusform></translation>
    </message>
</context>
</TS>