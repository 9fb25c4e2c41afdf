//! iOS, while an app lock is set: an opaque cover (the app's background
//! colour, nothing else) over the key window from the moment the app will
//! resign active until it is active again, so the picture iOS takes for the
//! task switcher shows nothing of the handbook. Android does the same with
//! `FLAG_SECURE` (`lock.rs`).
//!
//! NOT COMPILED HERE: the machine this was written on has no iOS target or
//! SDK, so this file is only ever built by an iOS build (docs/phones.md).
//! It is written against the sources of the versions tao and wry already
//! use for iOS (Cargo.lock): objc2 0.6.5, block2 0.6.2, objc2-foundation
//! 0.3.2 and objc2-ui-kit 0.3.2.
//!
//! `UIApplicationWillResignActiveNotification` and
//! `UIApplicationDidBecomeActiveNotification` are posted on the main thread
//! (also in an app with scenes, as tao's); the observers are added without
//! a queue, so the blocks run there and then, before iOS takes its picture.

use block2::RcBlock;
use objc2::rc::Retained;
use objc2::{MainThreadMarker, MainThreadOnly};
use objc2_foundation::{NSNotification, NSNotificationCenter};
use objc2_ui_kit::{
    UIApplication, UIApplicationDidBecomeActiveNotification,
    UIApplicationWillResignActiveNotification, UIColor, UITraitCollection, UIUserInterfaceStyle,
    UIView, UIViewAutoresizing,
};
use std::cell::RefCell;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether a lock is set (the cover goes up only then).
pub static LOCK_SET: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The cover while it is up (UIKit's views live on the main thread).
    static COVER: RefCell<Option<Retained<UIView>>> = const { RefCell::new(None) };
}

/// Watches the app's activation for as long as it runs. Call once, on the
/// main thread (elsewhere it does nothing).
pub fn watch() {
    if MainThreadMarker::new().is_none() {
        eprintln!("hagukumi: app lock: the iOS cover must be set up on the main thread");
        return;
    }
    let center = NSNotificationCenter::defaultCenter();
    let resign = RcBlock::new(|_: NonNull<NSNotification>| cover());
    let active = RcBlock::new(|_: NonNull<NSNotification>| uncover());
    // SAFETY: no object to filter on; no queue, so each block runs on the
    // thread that posts (UIKit posts these on the main thread); the blocks
    // capture nothing and touch UIKit only after checking for the main
    // thread, so they may be called from any thread.
    let observers = unsafe {
        [
            center.addObserverForName_object_queue_usingBlock(
                Some(UIApplicationWillResignActiveNotification),
                None,
                None,
                &resign,
            ),
            center.addObserverForName_object_queue_usingBlock(
                Some(UIApplicationDidBecomeActiveNotification),
                None,
                None,
                &active,
            ),
        ]
    };
    // Never removed: the app watches until it ends (the centre keeps the
    // blocks; these are the handles to remove them by).
    std::mem::forget(observers);
}

/// Puts the cover over the key window, while a lock is set.
fn cover() {
    let Some(mtm) = MainThreadMarker::new() else {
        return;
    };
    if !LOCK_SET.load(Ordering::SeqCst) {
        return;
    }
    COVER.with_borrow_mut(|cover| {
        if cover.is_some() {
            return;
        }
        // The app has one window (one scene), so the key window is it.
        #[allow(deprecated)]
        let Some(window) = UIApplication::sharedApplication(mtm).keyWindow() else {
            return;
        };
        let view = UIView::initWithFrame(UIView::alloc(mtm), window.bounds());
        view.setBackgroundColor(Some(&background()));
        view.setAutoresizingMask(
            UIViewAutoresizing::FlexibleWidth | UIViewAutoresizing::FlexibleHeight,
        );
        window.addSubview(&view);
        *cover = Some(view);
    });
}

/// Takes the cover away (the lock screen, or the handbook when the lock
/// was not due, shows again).
fn uncover() {
    if MainThreadMarker::new().is_none() {
        return;
    }
    COVER.with_borrow_mut(|cover| {
        if let Some(view) = cover.take() {
            view.removeFromSuperview();
        }
    });
}

/// The page's background (`--bg` in ui/style.css: #fbf7f4, dark #1c1917),
/// opaque. CGFloat is f64 on every 64-bit iOS device.
fn background() -> Retained<UIColor> {
    // SAFETY: called on the main thread only (`cover`).
    let style = unsafe { UITraitCollection::currentTraitCollection().userInterfaceStyle() };
    let (r, g, b) = if style == UIUserInterfaceStyle::Dark {
        (0x1c, 0x19, 0x17)
    } else {
        (0xfb, 0xf7, 0xf4)
    };
    let part = |c: u8| f64::from(c) / 255.0;
    UIColor::colorWithRed_green_blue_alpha(part(r), part(g), part(b), 1.0)
}
