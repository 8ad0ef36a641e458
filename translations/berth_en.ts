<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Berth::Core</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n image(s); name one as oci:DIR:NAME</source>
        <translation>
            <numerusform>%1 holds %n image; name one as oci:DIR:NAME</numerusform>
            <numerusform>%1 holds %n images; name one as oci:DIR:NAME</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the registry&apos;s pages loop or never end; stopped after %n page(s)</source>
        <translation>
            <numerusform>the registry&apos;s pages loop or never end; stopped after %n page</numerusform>
            <numerusform>the registry&apos;s pages loop or never end; stopped after %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n image(s); name one as docker-archive:FILE:REPO:TAG</source>
        <translation>
            <numerusform>%1 holds %n image; name one as docker-archive:FILE:REPO:TAG</numerusform>
            <numerusform>%1 holds %n images; name one as docker-archive:FILE:REPO:TAG</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a docker-archive holds one image, not an index of %n platform(s); copy one platform by digest</source>
        <translation>
            <numerusform>a docker-archive holds one image, not an index of %n platform; copy one platform by digest</numerusform>
            <numerusform>a docker-archive holds one image, not an index of %n platforms; copy one platform by digest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read the image&apos;s manifest (%n bytes)</source>
        <translation>
            <numerusform>read the image&apos;s manifest (%n byte)</numerusform>
            <numerusform>read the image&apos;s manifest (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::MainWindow</name>
    <message numerus="yes">
        <source>%n command(s) written to %1.</source>
        <translation>
            <numerusform>%n command written to %1.</numerusform>
            <numerusform>%n commands written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staged change(s) dropped: they were for context %1.</source>
        <translation>
            <numerusform>%n staged change dropped: it was for context %1.</numerusform>
            <numerusform>%n staged changes dropped: they were for context %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ReviewButton</name>
    <message numerus="yes">
        <source>Review and A&amp;pply (%n)…</source>
        <translation>
            <numerusform>Review and A&amp;pply (%n)…</numerusform>
            <numerusform>Review and A&amp;pply (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::ReviewDialog</name>
    <message numerus="yes">
        <source>The server accepts all %n change(s).</source>
        <translation>
            <numerusform>The server accepts the change.</numerusform>
            <numerusform>The server accepts all %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server would refuse %n change(s); nothing can be applied until they are fixed or discarded.</source>
        <translation>
            <numerusform>The server would refuse %n change; nothing can be applied until it is fixed or discarded.</numerusform>
            <numerusform>The server would refuse %n changes; nothing can be applied until they are fixed or discarded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>Applied %n change.</numerusform>
            <numerusform>Applied %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied before it stopped.</source>
        <translation>
            <numerusform>%n change applied before it stopped.</numerusform>
            <numerusform>%n changes applied before it stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berth::Gui::RoutesPage</name>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Berthctl</name>
    <message numerus="yes">
        <source>You have access to %n project(s).</source>
        <translation>
            <numerusform>You have access to %n project.</numerusform>
            <numerusform>You have access to %n projects.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCommand</name>
    <message numerus="yes">
        <source>%n uncompressed layer(s) sent gzip-compressed.</source>
        <translation>
            <numerusform>%n uncompressed layer sent gzip-compressed.</numerusform>
            <numerusform>%n uncompressed layers sent gzip-compressed.</numerusform>
        </translation>
    </message>
</context>
</TS>
